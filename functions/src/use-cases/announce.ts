import { isConsultationOver } from '@clinicall/shared';
import type { Audience, Delivery, Dependencies } from '#ports';
import { staffPresent } from '../meeting-room/sitting.ts';
import type { AppointmentRecord, AppointmentRequestRecord } from '../appointment/record.ts';
import type { DirectCallRecord } from '../direct-call/record.ts';
import type { MediaCredentials, Participant } from '@clinicall/shared';
import {
  type ConsultationRecord,
  moderatorIds,
  type ParticipantRecord,
  toLinkView,
  toParticipantView,
} from '../consultation/record.ts';

export const staffTopic = (staffId: string) => `staff#${staffId}`;
export const consultationTopic = (consultationId: string) => `consultation#${consultationId}`;

type Announce = Pick<Dependencies, 'events'>;

/** The dashboards of the host and every co-moderator. */
const staffTopicsOf = (record: ConsultationRecord) => moderatorIds(record).map(staffTopic);

/** Staff of the consultation hear everything on its topic. */
const staffOnly: Audience = ({ staff }) => staff === true;

/** What someone who is not staff may hear of a person: who they are and where (their state, their breakout room), and a raised hand. */
const seenByOthers = ({ id, role, displayName, state, room, handRaisedAt }: Participant) => ({
  id,
  role,
  displayName,
  state,
  ...(room && { room }),
  // A raised hand is for the whole call to see (group consultations).
  ...(handRaisedAt && { handRaisedAt }),
});

/** Coming into or leaving the call concerns the people in it; anything else only staff and the person. */
export const concernsTheCall = (participant: ParticipantRecord) =>
  participant.state === 'admitted' || participant.state === 'left';

/**
 * A meeting room's guests in the call hear whether anyone of the organisation is in it, as a yes
 * or no, when a member came in or left (a guest coming or going changes nothing of it). Members,
 * and anyone not in the call, hear nothing of it. The record must hold everyone in the room.
 */
const attendanceOf = (record: ConsultationRecord, participants: readonly ParticipantRecord[]): Delivery[] => {
  if (record.type !== 'meeting-room' || !participants.some((p) => p.staffId !== undefined && concernsTheCall(p))) return [];
  const guests = new Set(
    Object.values(record.participants)
      .filter((p) => p.state === 'admitted' && p.staffId === undefined)
      .map((p) => p.id),
  );
  if (guests.size === 0 || isConsultationOver(record.status)) return [];
  return [
    {
      event: { type: 'attendance-changed', consultationId: record.id, staffPresent: staffPresent(record) },
      audience: ({ staff, peerId }) => staff !== true && guests.has(peerId),
    },
  ];
};

/**
 * People's changes (one, or a group let in at once), with one look-up of the listeners per topic.
 * Staff hear all of it (on their dashboard and in the call); each person hears of themselves;
 * `room`, the people in the call, hear of it when it concerns the call (someone came into it or
 * left it: the caller, who knows which, passes the room only then). Someone waiting hears nothing
 * of anyone else. `links` that changed with them (used, sent) go to staff in the same look-up.
 * `media`: the credentials of the one person just let in, for them alone, just before the word.
 * In a meeting room, a member's coming or going also tells the guests whether anyone of the organisation is there.
 */
export const announceParticipants = async (
  { events }: Announce,
  record: ConsultationRecord,
  participants: readonly ParticipantRecord[],
  room: ReadonlySet<string> = new Set(),
  links: readonly string[] = [],
  media?: MediaCredentials,
) => {
  const linkEvents = links.flatMap((linkId) => (record.links[linkId] ? [linkChange(record, linkId)] : []));
  const changes = participants.map((participant) => {
    const full = toParticipantView(participant);
    const forStaff = { type: 'participant-changed', consultationId: record.id, participant: full } as const;
    const others: Audience = ({ staff, peerId }) =>
      staff !== true && (peerId === participant.id || room.has(peerId));
    return { forStaff, forOthers: { ...forStaff, participant: seenByOthers(full) }, others };
  });
  const own = participants.length === 1 && media ? [ownMedia(record, participants[0]!, media)] : [];
  await Promise.all([
    ...staffTopicsOf(record).map((topic) =>
      events.publishAll(topic, [...changes.map(({ forStaff }) => ({ event: forStaff })), ...linkEvents.map((event) => ({ event }))]),
    ),
    events.publishAll(consultationTopic(record.id), [
      ...own,
      ...changes.flatMap(({ forStaff, forOthers, others }) => [
        { event: forStaff, audience: staffOnly },
        { event: forOthers, audience: others },
      ]),
      ...attendanceOf(record, participants),
      ...linkEvents.map((event) => ({ event, audience: staffOnly })),
    ]),
  ]);
};

export const announceParticipant = (
  deps: Announce,
  record: ConsultationRecord,
  participant: ParticipantRecord,
  room?: ReadonlySet<string>,
  links?: readonly string[],
  media?: MediaCredentials,
) => announceParticipants(deps, record, [participant], room, links, media);

/** A person's media credentials go to their own socket only: not staff's, not anyone else's. */
const ownMedia = (record: ConsultationRecord, participant: ParticipantRecord, credentials: MediaCredentials) => ({
  event: { type: 'admitted-media', consultationId: record.id, credentials } as const,
  audience: (({ staff, peerId }) => staff !== true && peerId === participant.id) satisfies Audience,
});

/**
 * Everyone hears the consultation's status (the waiting room too: it says when it is over).
 * Once it is over its connections are ended: nothing more is heard or relayed.
 */
export const announceConsultation = async ({ events }: Announce, record: ConsultationRecord) => {
  const event = {
    type: 'consultation-changed',
    consultationId: record.id,
    status: record.status,
    ...(record.startedAt && { startedAt: record.startedAt }),
    ...(record.endedAt && { endedAt: record.endedAt }),
    ...(record.endsAt && { endsAt: record.endsAt }),
  } as const;
  await Promise.all([
    ...staffTopicsOf(record).map((topic) => events.publish(topic, event)),
    events.publish(consultationTopic(record.id), event),
  ]);
  if (isConsultationOver(record.status)) await events.close(consultationTopic(record.id));
};

const linkChange = (record: ConsultationRecord, linkId: string) =>
  ({
    type: 'link-changed',
    consultationId: record.id,
    link: toLinkView(record.id)(record.links[linkId]!),
  }) as const;

/** Links concern staff only: the host's dashboard, and staff in the call. */
export const announceLink = async ({ events }: Announce, record: ConsultationRecord, linkId: string) => {
  const link = record.links[linkId];
  if (!link) return;
  const event = linkChange(record, linkId);
  await Promise.all([
    ...staffTopicsOf(record).map((topic) => events.publish(topic, event)),
    events.publish(consultationTopic(record.id), event, staffOnly),
  ]);
};

/** A patient's open portals: incoming calls and changes to their appointments. */
export const patientTopic = (patientId: string) => `patient#${patientId}`;

/** The clinician's console and the patient's portal both show appointments. */
export const announceAppointment = async ({ events }: Announce, record: AppointmentRecord) => {
  const event = { type: 'appointment-changed', appointmentId: record.id, status: record.status } as const;
  await Promise.all([
    events.publish(staffTopic(record.clinicianId), event),
    events.publish(patientTopic(record.patientId), event),
  ]);
};

/** A request after a missed call goes to that clinician; one for the whole care team shows on their lists. */
export const announceRequest = async ({ events }: Announce, record: AppointmentRequestRecord) => {
  if (!record.clinicianId) return;
  await events.publish(staffTopic(record.clinicianId), {
    type: 'appointment-request-changed',
    requestId: record.id,
    status: record.status,
  });
};

/** The clinician follows the call; every portal of the patient stops ringing once it is no longer ringing. */
export const announceDirectCall = async ({ events }: Announce, record: DirectCallRecord) => {
  await Promise.all([
    events.publish(staffTopic(record.clinicianId), {
      type: 'direct-call-changed',
      callId: record.id,
      status: record.status,
    }),
    record.status === 'ringing'
      ? events.publish(patientTopic(record.patientId), {
          type: 'incoming-call',
          callId: record.id,
          clinicianName: record.clinicianName,
        })
      : events.publish(patientTopic(record.patientId), {
          type: 'call-ended',
          callId: record.id,
          status: record.status,
        }),
  ]);
};
