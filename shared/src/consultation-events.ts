import type { Consultation } from './schemas/consultations.ts';
import type { ServerEvent } from './schemas/events.ts';

/**
 * A consultation as held on screen, with one event applied: the person, link or status it tells
 * of changes, nothing else. Answers the same object when the event is about something else, so
 * a screen re-renders only for its own consultation.
 */
type Person = Consultation['participants'][number];

/**
 * What an event about someone says each time, so that its absence means something: their room
 * (absent: the main room) and their raised hand (absent: down). Staff hear every field.
 */
const withoutRoomAndHand = (person: Person | undefined): Partial<Person> => {
  if (!person) return {};
  const { room: _room, handRaisedAt: _hand, ...rest } = person;
  return rest;
};

export const applyConsultationEvent = (consultation: Consultation, event: ServerEvent): Consultation => {
  if (!('consultationId' in event) || event.consultationId !== consultation.id) return consultation;
  switch (event.type) {
    case 'participant-changed': {
      const known = consultation.participants.find((p) => p.id === event.participant.id);
      const participant = { ...withoutRoomAndHand(known), ...event.participant } as Person;
      return {
        ...consultation,
        participants: known
          ? consultation.participants.map((p) => (p.id === participant.id ? participant : p))
          : [...consultation.participants, participant],
      };
    }
    case 'link-changed': {
      const known = consultation.links.some((l) => l.id === event.link.id);
      return {
        ...consultation,
        links: known ? consultation.links.map((l) => (l.id === event.link.id ? event.link : l)) : [...consultation.links, event.link],
      };
    }
    case 'consultation-changed':
      return {
        ...consultation,
        status: event.status,
        ...(event.startedAt && { startedAt: event.startedAt }),
        ...(event.endedAt && { endedAt: event.endedAt }),
      };
    default:
      return consultation;
  }
};
