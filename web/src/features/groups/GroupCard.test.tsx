import type { Consultation } from '@clinicall/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test, vi } from 'vitest';
import type { Language } from '../../i18n/languages.ts';
import { testI18n } from '../../i18n/testing.ts';

// The card's way into the call uses the page's router, which listens to the browser's history.
vi.stubGlobal('window', { addEventListener: () => undefined });
const { GroupCard } = await import('./GroupCard.tsx');

const at = new Date().toISOString();
const session = (startsInMinutes: number): Consultation => {
  const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
  return {
    id: 'g1',
    type: 'group-consultation',
    status: 'open',
    hostId: 's1',
    hostName: 'Dr Lee',
    createdAt: at,
    title: 'Living with diabetes',
    description: 'Bring your meter.',
    scheduledFor: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
    coHostIds: ['s2'],
    participants: [
      {
        id: 'host',
        role: 'clinician',
        displayName: 'Dr Lee',
        state: 'admitted',
        staffId: 's1',
        updatedAt: at,
      },
      { id: 'co', role: 'moderator', displayName: 'Dr Kim', state: 'invited', staffId: 's2', updatedAt: at },
      {
        id: 'p1',
        role: 'patient',
        displayName: 'Alex Example',
        state: 'invited',
        patientId: 'pt1',
        updatedAt: at,
      },
      { id: 'p2', role: 'guest', displayName: 'Sam', state: 'left', updatedAt: at },
    ],
    links: [
      {
        id: 'l1',
        consultationId: 'g1',
        participantId: 'p1',
        channel: 'sms',
        sentTo: '+46•••12',
        expiresAt: at,
        status: 'issued',
      },
      {
        id: 'l2',
        consultationId: 'g1',
        participantId: 'p2',
        channel: 'email',
        sentTo: 's•••@example.org',
        expiresAt: at,
        status: 'revoked',
      },
    ],
  };
};

const rendered = async (consultation: Consultation, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n(language)}>
      <GroupCard consultation={consultation} token="staff-token" onChanged={() => undefined} />
    </I18nextProvider>,
  );

test('a group session tomorrow shows its title, who leads it, who is registered, and when it opens', async () => {
  const html = await rendered(session(24 * 60));
  expect(html).toContain('Living with diabetes');
  expect(html).toContain('Bring your meter.');
  expect(html).toContain('Led by Dr Lee with Dr Kim');
  expect(html).toContain('1 of 60 places taken');
  expect(html).toContain('Alex Example');
  expect(html).toContain('Resend');
  expect(html).toContain('Withdraw');
  // A withdrawn registration is no longer listed.
  expect(html).not.toContain('Sam');
  expect(html).toContain('You can start it from');
  expect(html).not.toContain('Start session');
});

test('within half an hour of its start it can be started, in Swedish as a clinic says it', async () => {
  expect(await rendered(session(10))).toContain('Start session');
  const swedish = await rendered(session(10), 'sv');
  expect(swedish).toContain('Starta träffen');
  expect(swedish).toContain('1 av 60 platser bokade');
  expect(swedish).toContain('Avboka');
});

test('a session under way is joined', async () => {
  expect(await rendered({ ...session(-5), status: 'in-progress' })).toContain('Join session');
});
