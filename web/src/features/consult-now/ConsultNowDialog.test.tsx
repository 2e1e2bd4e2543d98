import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, test, vi } from 'vitest';
import { loadConfig } from '../../config.ts';
import type { Language } from '../../i18n/languages.ts';
import { testI18n } from '../../i18n/testing.ts';
import { ConsultNowDialog } from './ConsultNowDialog.tsx';

/** The dialog as the console first shows it, with the site configuration the deployment publishes. */
const dialogText = async (config: Record<string, unknown>, language: Language) => {
  vi.stubGlobal('fetch', () => Promise.resolve(Response.json({ mode: 'local', apiBase: '', auth: { kind: 'local' }, ...config })));
  await loadConfig();
  const i18n = await testI18n(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ConsultNowDialog token="staff-token" onSent={() => undefined} onClose={() => undefined} />
    </I18nextProvider>,
  );
};
afterEach(() => vi.unstubAllGlobals());

test('the Consult Now dialog tells the link lifetime the server was configured with', async () => {
  expect(await dialogText({ linkTtlSeconds: 600 }, 'en')).toContain('The link works for 10 minutes.');
  expect(await dialogText({ linkTtlSeconds: 600 }, 'sv')).toContain('Länken fungerar i 10 minuter.');
  expect(await dialogText({ linkTtlSeconds: 60 }, 'en')).toContain('The link works for 1 minute.');
});

test('without a configured lifetime it tells the server’s default', async () => {
  expect(await dialogText({}, 'en')).toContain('The link works for 5 minutes.');
});
