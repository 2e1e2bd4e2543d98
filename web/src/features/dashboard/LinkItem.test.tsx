import { callTypes, type LinkView } from '@clinicall/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import type { Language } from '../../i18n/languages.ts';
import { testI18n } from '../../i18n/testing.ts';
import { LinkItem } from './LinkItem.tsx';

const used: LinkView = {
  id: 'link-used-1',
  consultationId: 'consultation-1',
  participantId: 'participant-1',
  channel: 'sms',
  sentTo: '+44 •••• •••123',
  expiresAt: '2030-01-01T10:05:00.000Z',
  status: 'used',
};

const rendered = async (holderLeft: boolean, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n(language)}>
      <LinkItem link={used} rules={callTypes['consult-now'].link} token="t" onChanged={() => undefined} holderLeft={holderLeft} />
    </I18nextProvider>,
  );

test('a used link of someone who left offers to send them a new one, saying what it does', async () => {
  const html = await rendered(true);
  expect(html).toContain('Send a new link');
  expect(html).toContain('the one they used stops working');
  expect(await rendered(true, 'sv')).toContain('Skicka en ny länk');
});

test('a used link of someone still in the consultation offers nothing', async () => {
  expect(await rendered(false)).not.toContain('Send a new link');
});
