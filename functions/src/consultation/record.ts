import type {
  Breakout,
  CallTypeId,
  Channel,
  DeviceCheck,
  Consultation,
  Language,
  MediaAllowance,
  ConsultationStatus,
  LinkStatus,
  Outcome,
  Participant,
  ParticipantRole,
  ParticipantState,
  Verification,
} from '@clinicall/shared';
import { isConsultationOver, mainRoom } from '@clinicall/shared';
import type * as z from 'zod/mini';

export type ChannelName = z.infer<typeof Channel>;

export interface ParticipantRecord {
  readonly id: string;
  readonly role: ParticipantRole;
  readonly displayName: string;
  readonly state: ParticipantState;
  readonly patientId?: string;
  readonly staffId?: string;
  readonly updatedAt: string;
  /** SHA-256 of the participant session's secret; set when the link is redeemed. */
  readonly sessionHash?: string;
  readonly sessionExpiresAt?: string;
  readonly technicalProblems?: boolean;
  readonly deviceCheck?: DeviceCheck;
  /** Invited with "admit when they arrive": skips the waiting room. */
  readonly admitOnArrival?: boolean;
  /** What the host lets them send while in the call (absent: both); muting only takes away. */
  readonly mediaAllowance?: MediaAllowance;
  /** How they prove who they are when they open their link, as the call type decided when they were invited. */
  readonly verification?: Verification;
  /** When they came into a meeting room (its log). */
  readonly enteredAt?: string;
  /** They left the call themselves (a reload, the Back button, a closed page): their session brings them straight back in. */
  readonly leftTheCall?: boolean;
  /** The breakout room they are in (absent: the main room); a person switches media room when this changes. */
  readonly room?: string;
  /** Their hand is up, since then (group consultations). */
  readonly handRaisedAt?: string;
  /** Attendance: when they were first let in, and when they last left (or were held, or removed). */
  readonly admittedAt?: string;
  readonly leftAt?: string;
  /** Their registration for a group consultation was withdrawn: their place is free again. */
  readonly withdrawnAt?: string;
}

/** The breakout rooms open now; `generation` counts the openings, so a timer of an earlier one does nothing. */
export interface BreakoutRecord {
  readonly generation: number;
  readonly rooms: readonly { readonly id: string; readonly name: string }[];
  readonly closesAt?: string;
}

export interface LinkRecord {
  readonly id: string;
  readonly participantId: string;
  readonly channel: ChannelName;
  /** The real address, for resending; only `sentTo` (masked) ever leaves the server. */
  readonly destination: string;
  readonly sentTo: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly status: LinkStatus;
  readonly attempts: number;
  /** An appointment's link opens 30 minutes before it starts. */
  readonly validFrom?: string;
  /** What the message was written in, so a resend says it the same way (absent: the organisation's default). */
  readonly language?: Language;
}

/** One consultation, with everyone in it and every link sent (the store keeps each person apart). */
export interface ConsultationRecord {
  readonly id: string;
  readonly type: CallTypeId;
  readonly status: ConsultationStatus;
  readonly hostId: string;
  readonly hostName: string;
  readonly patientId?: string;
  readonly createdAt: string;
  /** An appointment's start: listed under it, and open to come in from shortly before. */
  readonly scheduledFor?: string;
  /** When the first person was admitted: the call began. */
  readonly startedAt?: string;
  readonly endedAt?: string;
  readonly participants: Readonly<Record<string, ParticipantRecord>>;
  readonly links: Readonly<Record<string, LinkRecord>>;
  readonly outcome?: Outcome;
  /** The Chime meeting serving the main room (kept under this name from before rooms). */
  readonly meetingId?: string;
  /** The Chime meeting of each further room (breakout rooms), by room name. */
  readonly roomMeetings?: Readonly<Record<string, string>>;
  /** The appointment this consultation holds (individual-appointment), told of its outcome. */
  readonly appointmentId?: string;
  /** The direct call this consultation carries (direct-call), told when it ends. */
  readonly directCallId?: string;
  /** How many people were added to the list after it was opened (each addition is checked against the limit). */
  readonly invited?: number;
  /** The meeting room this consultation is one sitting of (meeting-room). */
  readonly meetingRoomId?: string;
  /**
   * How many are in the meeting room now, counted on the sitting itself: the header is written
   * before the people, so a count read from their items could miss someone coming in at that moment.
   */
  readonly present?: number;
  /** Since when guests have been in the meeting room with no member: the guest-alone timer counts from here. */
  readonly unattendedSince?: string;
  /** When its one-call contact and identity details were forgotten (the contact retention had passed). */
  readonly contactsForgottenAt?: string;
  /** A group consultation: title, description, length, and when it ends by itself (scheduledFor + duration). */
  readonly title?: string;
  readonly description?: string;
  readonly durationMinutes?: number;
  readonly endsAt?: string;
  /** How many registrations of a group consultation hold a place (a withdrawn one frees it): counted on the header, so a burst is decided one at a time. */
  readonly registered?: number;
  /** Staff who moderate with the host (group consultations). */
  readonly coHostIds?: readonly string[];
  /** The breakout rooms open now. */
  readonly breakout?: BreakoutRecord;
  /** How many breakout openings there have been (the next one's generation). */
  readonly breakoutGenerations?: number;
  /** The store's count of writes to the consultation itself (not to the people in it); kept by the store alone. */
  readonly version: number;
}

/** A consultation about to be stored for the first time: the store gives it its version. */
export type NewConsultation = Omit<ConsultationRecord, 'version'>;

/** What staff see: no secrets, no real destinations. */
export const toConsultationView = (record: ConsultationRecord): Consultation => {
  const patientFeedback = Object.values(record.participants).find(
    (p) => p.role === 'patient' && p.technicalProblems !== undefined,
  );
  return {
    id: record.id,
    type: record.type,
    status: record.status,
    hostId: record.hostId,
    hostName: record.hostName,
    ...(record.patientId && { patientId: record.patientId }),
    createdAt: record.createdAt,
    ...(record.scheduledFor && { scheduledFor: record.scheduledFor }),
    ...(record.startedAt && { startedAt: record.startedAt }),
    ...(record.endedAt && { endedAt: record.endedAt }),
    participants: Object.values(record.participants).map(toParticipantView),
    links: Object.values(record.links).map(toLinkView(record.id)),
    ...(record.outcome && { outcome: record.outcome }),
    ...(patientFeedback && { patientFeedback: { technicalProblems: patientFeedback.technicalProblems! } }),
    ...(record.title && { title: record.title }),
    ...(record.description && { description: record.description }),
    ...(record.durationMinutes && { durationMinutes: record.durationMinutes }),
    ...(record.endsAt && { endsAt: record.endsAt }),
    ...(record.coHostIds?.length && { coHostIds: [...record.coHostIds] }),
    ...(record.breakout && { breakout: toBreakoutView(record.breakout) }),
  };
};

/** The breakout rooms as the people in the call see them. */
export const toBreakoutView = (breakout: BreakoutRecord): Breakout => ({
  rooms: breakout.rooms.map(({ id, name }) => ({ id, name })),
  ...(breakout.closesAt && { closesAt: breakout.closesAt }),
});

/** A person as staff see them: no session, no feedback. */
export const toParticipantView = (p: ParticipantRecord): Participant => ({
  id: p.id,
  role: p.role,
  displayName: p.displayName,
  state: p.state,
  ...(p.patientId && { patientId: p.patientId }),
  ...(p.staffId && { staffId: p.staffId }),
  updatedAt: p.updatedAt,
  ...(p.deviceCheck && { deviceCheck: p.deviceCheck }),
  ...(p.admitOnArrival && { admitOnArrival: true }),
  ...(p.mediaAllowance && { mediaAllowance: p.mediaAllowance }),
  ...(p.room && { room: p.room }),
  ...(p.handRaisedAt && { handRaisedAt: p.handRaisedAt }),
  ...(p.admittedAt && { admittedAt: p.admittedAt }),
  ...(p.leftAt && { leftAt: p.leftAt }),
});

export const toLinkView = (consultationId: string) => (link: LinkRecord) => ({
  id: link.id,
  consultationId,
  participantId: link.participantId,
  channel: link.channel,
  sentTo: link.sentTo,
  expiresAt: link.expiresAt,
  status: link.status,
});

export const hostOf = (record: ConsultationRecord): ParticipantRecord | undefined =>
  Object.values(record.participants).find((p) => p.staffId === record.hostId);

/** The host and co-moderators: who may see and run the consultation. */
export const isModerator = (record: Pick<ConsultationRecord, 'hostId' | 'coHostIds'>, staffId: string | undefined): boolean =>
  staffId !== undefined && (staffId === record.hostId || (record.coHostIds ?? []).includes(staffId));

/** The staff ids of the host and co-moderators: whose dashboards hear of the consultation. */
export const moderatorIds = (record: Pick<ConsultationRecord, 'hostId' | 'coHostIds'>): string[] => [record.hostId, ...(record.coHostIds ?? [])];

/** A moderator's own place in the consultation. */
export const moderatorOf = (record: ConsultationRecord, staffId: string): ParticipantRecord | undefined =>
  isModerator(record, staffId) ? Object.values(record.participants).find((p) => p.staffId === staffId) : undefined;

/** The moderators and everyone admitted: who is in the call, and may see and signal one another. */
export const inTheCall = (record: ConsultationRecord): ReadonlySet<string> =>
  new Set(
    isConsultationOver(record.status)
      ? []
      : Object.values(record.participants)
          .filter((p) => isModerator(record, p.staffId) || p.state === 'admitted')
          .map((p) => p.id),
  );

/** The Chime meeting serving one room of the call, when there is one. */
export const meetingOf = (record: ConsultationRecord, room: string): string | undefined =>
  room === mainRoom ? record.meetingId : record.roomMeetings?.[room];

/** Every room's meeting, for ending them all. */
export const meetingsOf = (record: ConsultationRecord): { room: string; meetingId: string }[] => [
  ...(record.meetingId ? [{ room: mainRoom, meetingId: record.meetingId }] : []),
  ...Object.entries(record.roomMeetings ?? {}).map(([room, meetingId]) => ({ room, meetingId })),
];

/** The record remembering the meeting now serving a room. */
export const withMeeting = (record: ConsultationRecord, room: string, meetingId: string): ConsultationRecord => {
  if (meetingOf(record, room) === meetingId) return record;
  return room === mainRoom
    ? { ...record, meetingId }
    : { ...record, roomMeetings: { ...record.roomMeetings, [room]: meetingId } };
};
