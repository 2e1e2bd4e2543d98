import { DomainError, mainRoom } from '@clinicall/shared';
import type { Meetings } from '#ports';
import { inTheRoom } from '../consultation/breakout.ts';
import { type ConsultationRecord, inTheCall } from '../consultation/record.ts';

/** A browser mesh sends every picture to every peer: beyond six, a laptop cannot keep up. */
export const p2pRoomCapacity = 6;

export const roomFullMessage =
  'On this machine a room holds 6 people with camera and microphone; deployed on AWS it holds 60.';

/** The P2P room's id: the consultation for the main room (its events topic), else consultation/room. */
const roomIdOf = (consultation: ConsultationRecord, room: string) =>
  room === mainRoom ? consultation.id : `${consultation.id}/${room}`;

/**
 * Browser-to-browser media for the local runtime: the "meeting" is a room of the consultation,
 * peers are its participants and the events socket carries the signalling. Loopback needs no
 * STUN/TURN. Who holds a place with media in which room is kept in this process (the local
 * runtime is one process); the check and the taking of a place happen in one synchronous step,
 * so a burst of requests cannot overfill a room.
 */
export const p2pMeetings = (capacity = p2pRoomCapacity): Meetings => {
  /** consultation id → room → the people holding a place there. */
  const places = new Map<string, Map<string, Set<string>>>();

  const roomsOf = (consultationId: string) => {
    let rooms = places.get(consultationId);
    if (!rooms) places.set(consultationId, (rooms = new Map<string, Set<string>>()));
    return rooms;
  };

  /** Takes a place (or keeps the one held); a person holds one room at a time. */
  const take = (consultation: ConsultationRecord, participantId: string, room: string) => {
    const inCall = inTheCall(consultation);
    const rooms = roomsOf(consultation.id);
    const people = rooms.get(room) ?? new Set<string>();
    // Whoever left or was sent back to the waiting room since no longer holds a place.
    for (const id of people) if (!inCall.has(id)) people.delete(id);
    if (!people.has(participantId) && people.size >= capacity) {
      throw new DomainError('room-full', roomFullMessage, { capacity });
    }
    for (const [name, others] of rooms) if (name !== room) others.delete(participantId);
    people.add(participantId);
    rooms.set(room, people);
  };

  const none = () => Promise.resolve();

  return {
    join(consultation, participantId, room) {
      // The place is taken in one synchronous step (no await between the check and the taking).
      return Promise.resolve().then(() => {
        take(consultation, participantId, room);
        return {
          credentials: {
            kind: 'p2p' as const,
            roomId: roomIdOf(consultation, room),
            peerId: participantId,
            // Whom a browser connects to: the people in this room only.
            roster: inTheRoom(consultation, room),
            iceServers: [],
          },
        };
      });
    },
    // Browsers connect when they join: nothing to prepare ahead, and no meeting to remember.
    admit: () => Promise.resolve({}),
    // Local calls have no server in the media path to enforce mute: the host's controls are the browsers'.
    allow: none,
    allowAllExcept: none,
    remove(consultation, participantId) {
      for (const people of places.get(consultation.id)?.values() ?? []) people.delete(participantId);
      return Promise.resolve();
    },
    closeRoom(consultation, room) {
      if (room !== mainRoom) places.get(consultation.id)?.delete(room);
      return Promise.resolve();
    },
    end(consultation) {
      places.delete(consultation.id);
      return Promise.resolve();
    },
  };
};
