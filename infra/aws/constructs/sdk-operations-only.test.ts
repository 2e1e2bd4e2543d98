import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFile, bundleLambda } from './lambda-bundle.ts';

/** The HTTP request an SES SendEmail becomes, captured before it leaves. */
const sendEmailRequest = `
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
export const sendEmailRequest = async () => {
  let request;
  const client = new SESv2Client({
    region: 'eu-west-2',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    requestHandler: { handle: async (sent) => { request = sent; throw new Error('captured'); } },
  });
  await client
    .send(new SendEmailCommand({
      FromEmailAddress: 'clinic@example.org',
      Destination: { ToAddresses: ['patient@example.org'] },
      Content: { Simple: { Subject: { Data: 'Your video consultation' }, Body: { Text: { Data: 'Open the link.' } } } },
      ConfigurationSetName: 'clinicall',
    }))
    .catch(() => undefined);
  return {
    method: request.method,
    path: request.path,
    userAgent: request.headers['x-amz-user-agent'] ?? request.headers['user-agent'],
    body: JSON.parse(new TextDecoder().decode(request.body)),
  };
};
`;

describe('the bundle keeps only the SDK operations the code sends', () => {
  let directory: string;
  let bundled: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-sdk-operations-'));
    const entry = join(directory, 'entry.mjs');
    await writeFile(entry, sendEmailRequest);
    // Resolved from functions/, where the handlers import the SDK.
    await bundleLambda(entry, join(directory, 'out'), { nodePaths: [new URL('../../../node_modules', import.meta.url).pathname] });
    bundled = await readFile(join(directory, 'out', bundleFile), 'utf8');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('holds the shapes of SendEmail and none of the operations it never sends', () => {
    expect(bundled).toContain('"SendEmailRequest"');
    expect(bundled).not.toContain('CreateContactListRequest');
    expect(bundled).not.toContain('PutAccountDetailsRequest');
  });

  it('holds no more of the SDK packages’ manifests than their version', () => {
    expect(bundled).not.toMatch(/"(?:devDependencies|scripts|homepage)"/);
  });

  it('sends exactly the request the SDK sends unbundled', async () => {
    const unbundled = join(directory, 'unbundled.mjs');
    await writeFile(unbundled, sendEmailRequest);
    const fromBundle = (await import(pathToFileURL(join(directory, 'out', bundleFile)).href)) as { sendEmailRequest: () => Promise<unknown> };
    const fromSdk = (await import(pathToFileURL(unbundled).href)) as { sendEmailRequest: () => Promise<unknown> };
    const request = await fromBundle.sendEmailRequest();
    expect(request).toMatchObject({ method: 'POST', path: '/v2/email/outbound-emails' });
    // The user agent names the client's version from its manifest (the CommonJS build inlines its own copy of it).
    const { version } = JSON.parse(await readFile(new URL('../../../node_modules/@aws-sdk/client-sesv2/package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const { userAgent, ...rest } = request as { userAgent: string };
    expect(userAgent).toContain(`aws-sdk-js/${version}`);
    const { userAgent: _unbundledAgent, ...sentUnbundled } = (await fromSdk.sendEmailRequest()) as { userAgent: string };
    expect(rest).toEqual(sentUnbundled);
  });
});
