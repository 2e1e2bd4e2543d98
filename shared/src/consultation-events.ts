import type { Consultation } from './schemas/consultations.ts';
import type { ServerEvent } from './schemas/events.ts';

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

/**
 * A consultation as held on screen, with one event applied: the person, link or status it tells
 * of changes, nothing else. Answers the same object when the event is about something else, so
 * a screen re-renders only for its own consultation.
 */
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
        ...(event.endsAt && { endsAt: event.endsAt }),
      };
    case 'breakout-changed': {
      if (event.breakout) return { ...consultation, breakout: event.breakout };
      // Closed: everyone is back in the main room, whatever order their own events come in.
      const { breakout: _closed, ...rest } = consultation;
      return { ...rest, participants: consultation.participants.map(({ room: _room, ...person }) => person) };
    }
    default:
      return consultation;
  }
};
