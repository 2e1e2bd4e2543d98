import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { testI18n } from '../i18n/testing.ts';
import { DateField } from './DateField.tsx';

const rendered = async (language: 'en' | 'sv') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n(language)}>
      <DateField legend="Date" initial="2027-04-09" example="2027-04-12" onChange={() => undefined} />
    </I18nextProvider>,
  );

const boxes = (html: string) => [...html.matchAll(/<input[^>]* name="(\w+)"[^>]*value="(\d*)"/g)].map((m) => `${m[1]}=${m[2]}`);

test('a date to choose is three number boxes in the order the page writes dates, not the browser’s date picker', async () => {
  const english = await rendered('en');
  expect(english).not.toContain('type="date"');
  expect(boxes(english)).toEqual(['day=9', 'month=4', 'year=2027']);
  expect(english).toContain('For example 12 4 2027');
  expect(english).toContain('autoComplete="off"');

  const swedish = await rendered('sv');
  expect(boxes(swedish)).toEqual(['year=2027', 'month=4', 'day=9']);
  expect(swedish).toContain('Till exempel 2027 4 12');
});
