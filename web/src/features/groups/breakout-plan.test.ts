import { describe, expect, it } from 'vitest';
import { breakoutRequest, equalGroups } from './breakout-plan.ts';

const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const sizes = (placement: ReadonlyMap<string, number>, rooms: number) =>
  Array.from(
    { length: rooms },
    (_, room) => [...placement.values()].filter((placed) => placed === room).length,
  );

describe('sharing people out into breakout rooms', () => {
  it('makes groups whose sizes differ by at most one, the first rooms taking the extra', () => {
    const placement = equalGroups(people, 3);
    expect(sizes(placement, 3)).toEqual([3, 2, 2]);
    expect([...placement]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 1],
      ['e', 1],
      ['f', 2],
      ['g', 2],
    ]);
  });

  it('places everyone once, and leaves rooms empty when there are more rooms than people', () => {
    const placement = equalGroups(['a', 'b'], 4);
    expect(sizes(placement, 4)).toEqual([1, 1, 0, 0]);
    expect(equalGroups(people, 1).size).toBe(7);
  });

  it('keeps the number of rooms within what the server opens', () => {
    expect(Math.max(...equalGroups(people, 0).values())).toBe(0);
    expect(
      Math.max(
        ...equalGroups(
          Array.from({ length: 30 }, (_, i) => `p${i}`),
          50,
        ).values(),
      ),
    ).toBe(19);
  });
});

describe('the request that opens the rooms', () => {
  const placement = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 0],
  ]);

  it('names each room with its people, and the minutes when given', () => {
    expect(breakoutRequest([' Room 1 ', 'Room 2'], placement, '15')).toEqual({
      ok: true,
      body: {
        rooms: [
          { name: 'Room 1', participantIds: ['a', 'c'] },
          { name: 'Room 2', participantIds: ['b'] },
        ],
        minutes: 15,
      },
    });
    const untimed = breakoutRequest(['Room 1', 'Room 2'], placement, ' ');
    expect(untimed.ok && untimed.body).not.toHaveProperty('minutes');
  });

  it('refuses an empty room name, minutes outside 1–120, and rooms with nobody in them', () => {
    expect(breakoutRequest(['Room 1', ' '], placement, '')).toEqual({ ok: false, problem: 'roomName' });
    expect(breakoutRequest(['Room 1', 'Room 2'], placement, '121')).toEqual({
      ok: false,
      problem: 'minutes',
    });
    expect(breakoutRequest(['Room 1', 'Room 2'], placement, '2.5')).toEqual({
      ok: false,
      problem: 'minutes',
    });
    expect(breakoutRequest(['Room 1'], new Map(), '')).toEqual({ ok: false, problem: 'nobodyPlaced' });
  });
});
