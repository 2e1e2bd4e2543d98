import type { Consultation } from '@clinicall/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { testI18n } from '../../i18n/testing.ts';
import { GroupCallTools } from './GroupCallTools.tsx';

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const at = minutesFromNow(-20);
const check = { camera: 'ok', microphone: 'ok', speaker: 'ok', connection: 'good' } as const;

const session: Consultation = {
  id: 'g1',
  type: 'group-consultation',
  status: 'in-progress',
  hostId: 's1',
  hostName: 'Dr Lee',
  createdAt: at,
  title: 'Living with diabetes',
  endsAt: minutesFromNow(5),
  participants: [
    { id: 'host', role: 'clinician', displayName: 'Dr Lee', state: 'admitted', staffId: 's1', updatedAt: at },
    {
      id: 'w1',
      role: 'patient',
      displayName: 'Wendy Waiting',
      state: 'waiting',
      deviceCheck: { ...check, camera: 'blocked' },
      updatedAt: at,
    },
    { id: 'w2', role: 'guest', displayName: 'Will Waiting', state: 'waiting', updatedAt: at },
    {
      id: 'a1',
      role: 'patient',
      displayName: 'Alex',
      state: 'admitted',
      handRaisedAt: minutesFromNow(-1),
      updatedAt: at,
    },
    {
      id: 'a2',
      role: 'guest',
      displayName: 'Robin',
      state: 'admitted',
      handRaisedAt: minutesFromNow(-3),
      updatedAt: at,
    },
    { id: 'a3', role: 'guest', displayName: 'Kim', state: 'admitted', updatedAt: at },
  ],
  links: [],
};

const rendered = async (consultation: Consultation) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n('en')}>
      <GroupCallTools consultation={consultation} token="staff-token" onHandedOver={() => undefined} />
    </I18nextProvider>,
  );
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the moderator sees who waits with their device check, and can admit all of them', async () => {
  const text = textOf(await rendered(session));
  expect(text).toContain('Waiting room (2)');
  expect(text).toContain('Wendy Waiting · Camera blocked');
  expect(text).toContain('Will Waiting · no device check yet');
  expect(text).toContain('Admit all');
  expect(text).toContain('Admit selected (0)');
});

test('raised hands are listed first raised first, and the session’s end is near', async () => {
  const text = textOf(await rendered(session));
  expect(text).toContain('Raised hands (2)');
  expect(text.indexOf('Robin · since')).toBeLessThan(text.indexOf('Alex · since'));
  expect(text).toMatch(/The session ends by itself at \S+\. 0[45]:\d\d left\./);
});

test('before rooms open, everyone let in can be placed; nobody waiting is offered', async () => {
  const text = textOf(await rendered(session));
  expect(text).toContain('Share people out equally');
  expect(text).toContain('Open 2 rooms');
  expect(text).toMatch(/Who goes where|Robin/);
  expect(text).not.toMatch(/Wendy Waiting Stays in the main room/);
  expect(text).toContain('Robin Stays in the main room');
});

test('with rooms open, the countdown and who is in which room, with move, visit and close', async () => {
  const open: Consultation = {
    ...session,
    breakout: {
      rooms: [
        { id: 'breakout-1', name: 'Room 1' },
        { id: 'breakout-2', name: 'Room 2' },
      ],
      closesAt: minutesFromNow(3),
    },
    participants: session.participants.map((p) =>
      p.id === 'a1' ? { ...p, room: 'breakout-1' } : p.id === 'a2' ? { ...p, room: 'breakout-2' } : p,
    ),
  };
  const html = await rendered(open);
  const text = textOf(html);
  expect(text).toMatch(/The rooms close in 0[23]:\d\d/);
  expect(html).toMatch(/data-room-id="breakout-1".*Alex.*data-room-id="breakout-2".*Robin/s);
  expect(text).toContain('Main room · 2 people');
  expect(text).toContain('Close all rooms');
  expect(text).toContain('Message to every room');
  expect(text).toContain('Give more time');
});

test('before the session starts, rooms cannot be opened yet', async () => {
  expect(textOf(await rendered({ ...session, status: 'open' }))).toContain(
    'You can open breakout rooms once the session has started.',
  );
});
