import { operations } from '@clinicall/shared';
import type { Meetings } from '@clinicall/functions/ports';
import { createTimerTask } from '@clinicall/functions/handlers/timer';
import { staffClaims, startTestApi, type TestApi } from '@clinicall/functions/testing/api';
import { openGroup } from '@clinicall/functions/testing/group';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalTimers, localTimers } from './local-timers.ts';
import { until } from './testing/mortal-store.ts';

/**
 * Breakout rooms opened for a set time close by themselves, with every browser closed: the
 * `breakout-end` timer runs in the state machine CDK deploys (aws-local-stepfunctions, the real
 * timer task), waits until the rooms' end, and the rooms close: everyone back in the main room,
 * each room's meeting ended. The clock port starts the rooms 55 seconds in the past, so their
 * minute is up 5 seconds from now, and then moves on to that minute's end.
 */

const host = staffClaims(['clinician'], 'breakout-runner-host');
let ahead = 0;
let api: TestApi;
let timers: LocalTimers;
const closedRooms: string[] = [];

beforeAll(async () => {
  api = await startTestApi('breakout-end-runner', { now: () => new Date(Date.now() + ahead) });
});
afterAll(async () => {
  timers?.close();
  await api.close();
});

describe('breakout rooms opened for a minute', () => {
  test('close when their timer fires: everyone back in the main room, the rooms\' meetings ended, the timer gone', async () => {
    const { consultationId, members } = await openGroup(api.deps, host.sub as string, 4);
    const ids = members.map((m) => m.participantId);
    await api.deps.store.consultations.update(consultationId, (current) => ({
      ...current,
      participants: Object.fromEntries(Object.values(current.participants).map((p) => [p.id, p.staffId ? p : { ...p, state: 'waiting' as const }])),
    }));
    expect((await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { all: true } })).status).toBe(200);

    // From here the real timers run, and the media port says which rooms it was asked to close.
    const inner = api.deps.meetings;
    const meetings: Meetings = { ...inner, closeRoom: (c, room) => (closedRooms.push(room), inner.closeRoom(c, room)) };
    timers = localTimers(api.deps.store.access, createTimerTask(api.deps));
    Object.assign(api.deps, { timers, meetings });

    ahead = -55_000;
    const opened = await api.call(operations.openBreakoutRooms, {
      claims: host,
      pathParameters: { id: consultationId },
      json: { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: ids.slice(2) }], minutes: 1 },
    });
    expect(opened.status, opened.text).toBe(201);
    const pending = (await api.deps.store.access.pendingTimers()).filter((t) => t.kind === 'breakout-end');
    expect(pending).toEqual([{ kind: 'breakout-end', id: expect.stringMatching(new RegExp(`^${consultationId}\\.1\\.\\d+$`)) as unknown, dueAt: (opened.json as { closesAt: string }).closesAt }]);
    // The moderator's minute passes.
    ahead = 0;

    const record = await until(
      'the rooms closed by their timer',
      async () => {
        const current = await api.deps.store.consultations.get(consultationId);
        // The header is written before the people: done when the rooms are gone and nobody is left in one.
        const everyoneBack = current && Object.values(current.participants).every((p) => p.room === undefined);
        return current && !current.breakout && everyoneBack ? current : undefined;
      },
      20_000,
    );
    expect(Object.values(record.participants).filter((p) => p.room !== undefined)).toEqual([]);
    expect(record.breakoutGenerations).toBe(1);
    // The rooms' meetings are ended after the change that closes them is written.
    await until('the rooms\' meetings ended', () => Promise.resolve(closedRooms.length >= 2 ? true : undefined));
    expect(closedRooms.sort()).toEqual(['breakout-1', 'breakout-2']);
    await until('the timer done and forgotten', async () =>
      (await api.deps.store.access.pendingTimers()).some((t) => t.kind === 'breakout-end') ? undefined : true,
    );
  }, 40_000);
});
