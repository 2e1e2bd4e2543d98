/**
 * P2P signals carry the id of the room they were sent in (`roomId` of the credentials). The
 * server relays only within a room, but a signal already on its way when this person moved
 * arrives afterwards: one from a room they have left is not answered.
 */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A signal as sent from `roomId`. */
export const tagRoom = (data: unknown, roomId: string): unknown => (isObject(data) ? { ...data, room: roomId } : data);

/** Whether a signal was sent from this room (an untagged one was not). */
export const sentFromRoom = (data: unknown, roomId: string): boolean => isObject(data) && data.room === roomId;
