import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { testI18n } from '../../../i18n/testing.ts';
import { AuditSection } from './AuditSection.tsx';

const rendered = async (language: 'en' | 'sv') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n(language)}>
      <AuditSection token="t" />
    </I18nextProvider>,
  );

test('offers the filters, Show and Export CSV, and says it is loading the first page', async () => {
  const html = await rendered('en');
  for (const words of ['Audit trail', 'Person (staff, participant or device id)', 'Patient id', 'Consultation id', 'From date', 'To date', 'Show', 'Export CSV', 'Loading…']) {
    expect(html).toContain(words);
  }
  expect(html).toContain('type="date"');
  expect(html).toContain('aria-busy="true"');
  // Load more appears only once a page says there is more.
  expect(html).not.toContain('Load more');
});

test('in Swedish', async () => {
  const html = await rendered('sv');
  for (const words of ['Granskningslogg', 'Patient-id', 'Besöks-id', 'Från datum', 'Exportera CSV']) expect(html).toContain(words);
});
