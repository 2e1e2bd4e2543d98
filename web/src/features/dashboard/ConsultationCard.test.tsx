import type { Consultation } from '@clinicall/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test, vi } from 'vitest';
import { testI18n } from '../../i18n/testing.ts';

// The card's links use the page's router, which listens to the browser's history.
vi.stubGlobal('window', { addEventListener: () => undefined });
const { ConsultationCard } = await import('./ConsultationCard.tsx');

const appointment = (scheduledFor: string): Consultation => ({
  id: 'consultation-appointment',
  type: 'individual-appointment',
  status: 'open',
  hostId: 'staff-1',
  hostName: 'Dr Sam Carter',
  createdAt: new Date(Date.now() - 3_600_000).toISOString(),
  scheduledFor,
  participants: [{ id: 'p-1', role: 'patient', displayName: 'Alex Example', state: 'invited', updatedAt: new Date().toISOString() }],
  links: [],
});

const rendered = async (consultation: Consultation) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n('en')}>
      <ConsultationCard consultation={consultation} token="t" onChanged={() => undefined} />
    </I18nextProvider>,
  );

test('an appointment for tomorrow is listed under its time, and its call opens shortly before it', async () => {
  const tomorrow = new Date(Date.now() + 86_400_000);
  const html = await rendered(appointment(tomorrow.toISOString()));
  expect(html).not.toContain('started');
  expect(html).toContain('Opens at');
  expect(html).not.toContain('Join call');
});

test('within half an hour of its start, it can be joined', async () => {
  const html = await rendered(appointment(new Date(Date.now() + 10 * 60_000).toISOString()));
  expect(html).toContain('Join call');
  expect(html).not.toContain('Opens at');
});
