import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Language } from '../../i18n/languages.ts';
import { testI18n } from '../../i18n/testing.ts';
import { type GroupCall, GroupBanners } from './GroupBanners.tsx';
import type { Broadcast } from './use-broadcasts.ts';

const now = new Date('2026-12-03T10:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const inSeconds = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
const rooms = [
  { id: 'breakout-1', name: 'Sleep' },
  { id: 'breakout-2', name: 'Stress' },
];

/** The banners as a person reads them, each banner's words and whether it warns. */
const banners = async (group: GroupCall, broadcasts: Broadcast[] = [], language: Language = 'en') => {
  const i18n = await testI18n(language);
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <GroupBanners group={group} broadcasts={broadcasts} onDismiss={() => undefined} />
    </I18nextProvider>,
  );
  return [...html.matchAll(/<(p|div) class="([^"]*)"[^>]*>(.*?)<\/\1>/g)].map(([, , className = '', inner = '']) => ({
    text: inner.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim(),
    warns: className.includes('--trouble'),
  }));
};

test('in the main room with nothing timed, there is nothing to say', async () => {
  expect(await banners({ handRaised: false, breakout: { rooms, closesAt: inSeconds(300) } })).toEqual([]);
});

test('in a breakout room: its name and the time left; in the last minute, a warning that everyone returns', async () => {
  expect(await banners({ room: 'breakout-2', breakout: { rooms, closesAt: inSeconds(90) }, handRaised: false })).toEqual([
    { text: 'You are in the breakout room “Stress”. Time left: 01:30', warns: false },
  ]);
  expect(await banners({ room: 'breakout-2', breakout: { rooms, closesAt: inSeconds(60) }, handRaised: false })).toEqual([
    { text: 'You are in the breakout room “Stress”. Time left: 01:00 Less than a minute left. Then everyone returns to the main room.', warns: true },
  ]);
  expect(await banners({ room: 'breakout-1', breakout: { rooms }, handRaised: false })).toEqual([
    { text: 'You are in the breakout room “Sleep”.', warns: false },
  ]);
});

test('the session warns 10 minutes before it ends', async () => {
  expect(await banners({ endsAt: inSeconds(601), handRaised: false })).toEqual([]);
  expect(await banners({ endsAt: inSeconds(600), handRaised: false })).toEqual([{ text: 'The session ends in 10 minutes.', warns: true }]);
  expect(await banners({ endsAt: inSeconds(30), handRaised: false })).toEqual([{ text: 'The session ends in 1 minute.', warns: true }]);
});

test('a raised hand and the moderators’ messages, each dismissible, in Swedish', async () => {
  const shown = await banners(
    { room: 'breakout-1', breakout: { rooms, closesAt: inSeconds(45) }, endsAt: inSeconds(240), handRaised: true },
    [{ id: 1, from: 'Dr Lind', message: 'Fem minuter kvar' }],
    'sv',
  );
  expect(shown).toEqual([
    { text: 'Du är i grupprummet ”Sleep”. Tid kvar: 00:45 Mindre än en minut kvar. Sedan går alla tillbaka till huvudrummet.', warns: true },
    { text: 'Gruppträffen avslutas om 4 minuter.', warns: true },
    { text: 'Du räcker upp handen. Gruppledaren ger dig ordet.', warns: false },
    { text: 'Meddelande från Dr Lind Fem minuter kvar Stäng', warns: false },
  ]);
});
