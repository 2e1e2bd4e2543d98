import type { NewBreakoutRooms } from '@clinicall/shared';

/** The most rooms the server opens at once. */
export const maxRooms = 20;

/** Who is in which room before the rooms open: a room number (0-based) for each person placed. */
export type Placement = ReadonlyMap<string, number>;

/**
 * People shared out into `count` rooms as evenly as the numbers allow: sizes differ by at most
 * one, the first rooms taking the extra people, in the order given (the list's order, so the
 * moderator can predict it). Rooms beyond the number of people stay empty.
 */
export const equalGroups = (people: readonly string[], count: number): Placement => {
  const rooms = Math.max(1, Math.min(maxRooms, Math.floor(count)));
  const size = Math.floor(people.length / rooms);
  const extra = people.length % rooms;
  const placement = new Map<string, number>();
  let next = 0;
  for (let room = 0; room < rooms; room += 1) {
    const take = size + (room < extra ? 1 : 0);
    for (const person of people.slice(next, next + take)) placement.set(person, room);
    next += take;
  }
  return placement;
};

export type PlanAnswer =
  | { readonly ok: true; readonly body: NewBreakoutRooms }
  | { readonly ok: false; readonly problem: 'roomName' | 'minutes' | 'nobodyPlaced' };

/**
 * The request that opens the rooms: each room's name and people, and the minutes if set. Checked
 * with the API's rules first, so a problem shows before anything is sent.
 */
export const breakoutRequest = (
  names: readonly string[],
  placement: Placement,
  minutes: string,
): PlanAnswer => {
  const trimmed = names.map((name) => name.trim());
  if (trimmed.some((name) => name.length === 0 || name.length > 40))
    return { ok: false, problem: 'roomName' };
  if (placement.size === 0) return { ok: false, problem: 'nobodyPlaced' };
  const typed = minutes.trim();
  const count = typed ? Number(typed) : undefined;
  if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 120))
    return { ok: false, problem: 'minutes' };
  const rooms = trimmed.map((name, room) => ({
    name,
    participantIds: [...placement].filter(([, placed]) => placed === room).map(([id]) => id),
  }));
  return { ok: true, body: { rooms, ...(count !== undefined && { minutes: count }) } };
};
