import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './lambda-bundle.ts';
import { withoutResponses } from './contract-without-responses.ts';

const contract = `import { paths } from '../paths.ts';
export const someOperations = {
  getThing: operation({
    id: 'getThing',
    summary: 'Read a thing',
    params: ThingPath,
    response: z
      .object({ thing: Thing })
      .register(z.globalRegistry, { id: 'ThingAnswer' }),
    status: 200,
  }),
  ping: operation({ id: 'ping', summary: \`Ping \${who}\`, response: Pong, status: 200 }),
};
const response = 'a value of the same name elsewhere stays';
`;

describe('a contract module as a function is bundled with it', () => {
  it('has no response schema or summary, and every other line where it was', () => {
    const kept = withoutResponses(contract);
    expect(kept).not.toMatch(/response: |summary: |ThingAnswer|Pong|Read a thing/);
    expect(kept).toContain("params: ThingPath,\n");
    expect(kept).toContain("operation({ id: 'ping',   status: 200 })");
    expect(kept).toContain("const response = 'a value of the same name elsewhere stays';");
    expect(kept.split('\n')).toHaveLength(contract.split('\n').length);
    expect(kept.split('\n').indexOf('    status: 200,')).toBe(contract.split('\n').indexOf('    status: 200,'));
  });

  it('keeps what a function reads of every real operation', async () => {
    const source = await readFile(`${projectRoot}shared/src/contract/groups.ts`, 'utf8');
    const kept = withoutResponses(source);
    expect(kept).not.toMatch(/\bresponse:|\bsummary:/);
    const fields = (text: string) => text.match(/^ {4}(?:id|method|path|auth|params|query|body|status|produces):.*$/gm);
    expect(fields(kept)).toEqual(fields(source));
    expect(fields(kept)!.length).toBeGreaterThan(50);
  });
});
