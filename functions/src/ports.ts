import type {
  AuditEntry,
  Country,
  Encounter,
  Language,
  MediaCredentials,
  Patient,
  PatientChanges,
  ServerEvent,
  StaffGroup,
  StaffMember,
} from '@clinicall/shared';
import type { AppointmentRecord, AppointmentRequestRecord } from './appointment/record.ts';
import type { ChannelName, ConsultationRecord, NewConsultation } from './consultation/record.ts';
import type { DirectCallRecord } from './direct-call/record.ts';
import type { MeetingRoomRecord } from './meeting-room/record.ts';

/** Time, injected so rules about expiry can be tested at any instant. */
export interface Clock {
  now(): Date;
}

/** Identifiers and secrets. Tokens are ≥128 bits from a CSPRNG. */
export interface Ids {
  id(): string;
  token(): string;
}

export interface PatientRepository {
  /** Fails with `conflict` if the id is taken. */
  add(patient: Patient): Promise<void>;
  get(id: string): Promise<Patient | undefined>;
  /** Sets (or, with null, removes) what changes; answers the patient as now stored, undefined if there is none. */
  update(id: string, changes: PatientChanges): Promise<Patient | undefined>;
  /** Patients with a given or family name starting with `prefix` (normalised, ≥2 letters). */
  findByNamePrefix(prefix: string, limit: number): Promise<Patient[]>;
  findByDateOfBirth(dateOfBirth: string, limit: number): Promise<Patient[]>;
  findByMobile(e164: string, limit: number): Promise<Patient[]>;
  /** The directory in family-name order; `cursor` continues from the previous page. */
  list(limit: number, cursor?: string): Promise<{ patients: Patient[]; next?: string }>;
  /** Deletes the directory entry; harmless when it is gone already. */
  remove(id: string): Promise<void>;
}

export interface ConsultationRepository {
  /** Answers it as stored, with its first version. Fails with `conflict` if the id is taken. */
  add(consultation: NewConsultation): Promise<ConsultationRecord>;
  /** The consultation with everyone in it, read at once. */
  get(id: string): Promise<ConsultationRecord | undefined>;
  /**
   * Reads, applies `change` (pure; may throw a DomainError) and writes what it changed: each
   * person it changed, and the consultation itself if that changed, each on condition that
   * nobody wrote it in between; on a lost race it reads again and re-applies. Changes to
   * different people never wait for each other; of simultaneous changes to one person (or to
   * the consultation itself) that exclude each other, exactly one wins.
   */
  update(id: string, change: (current: ConsultationRecord) => ConsultationRecord): Promise<ConsultationRecord>;
  /** The consultation itself, without its people: one read, for what the header alone says (its status, its counts). */
  getHeader(id: string): Promise<ConsultationRecord | undefined>;
  /**
   * The consultation with one person in it only (with their links): two reads, however many
   * people it holds. For what concerns that person alone: their link, their session, their state.
   */
  getForPerson(id: string, participantId: string): Promise<ConsultationRecord | undefined>;
  /**
   * `update` for a change that concerns one person only: `change` sees the consultation with that
   * person alone, and only their item (and the header, if it changes) is written. Sixty people
   * arriving at once each read and write two items, never the whole group.
   */
  updatePerson(
    id: string,
    participantId: string,
    change: (current: ConsultationRecord) => ConsultationRecord,
  ): Promise<ConsultationRecord>;
  /**
   * Takes one of a link's attempts before a date of birth is compared, in one conditional write
   * on its person's item (the link issued, in time, open already, fewer than `maxAttempts`
   * taken): answers the attempts now taken, or undefined when none is left or the link is not
   * usable. Nobody else's arrival waits for it, and a burst of guesses never re-reads.
   */
  reserveAttempt(at: { consultationId: string; participantId: string; linkId: string }, now: Date, maxAttempts: number): Promise<number | undefined>;
  /**
   * Takes one of a group consultation's places, in one conditional write on its header (not over,
   * fewer than `limit` taken): false when none is left or it is over. A burst of registrations
   * never re-reads: each write is decided in turn, and exactly `limit` succeed.
   */
  reservePlace(id: string, limit: number): Promise<boolean>;
  /** Gives a place back (a registration withdrawn, or one refused after its place was taken). */
  releasePlace(id: string): Promise<void>;
  /** The host's consultations, newest first. */
  listByHost(hostId: string, limit: number): Promise<ConsultationRecord[]>;
  /** Every consultation of the host that is not over (open or in progress), newest first. */
  listOpenByHost(hostId: string): Promise<ConsultationRecord[]>;
  /** Every group consultation the staff member co-moderates that is not over, newest first. */
  listOpenByCoHost(staffId: string): Promise<ConsultationRecord[]>;
  /**
   * Every consultation for a patient on record, newest first (their call history), and the
   * group sessions they were registered for.
   */
  listByPatient(patientId: string): Promise<ConsultationRecord[]>;
  /** Deletes one person's item (their place and links) from a consultation that is over. Harmless when it is gone already. */
  removePerson(id: string, participantId: string): Promise<void>;
  /**
   * Deletes the consultation: its people first, its header last, so one cut short is still
   * found (and finished) by whoever looks for it again. Harmless when it is gone already.
   */
  remove(id: string): Promise<void>;
}

/** A record about to be stored for the first time: the store gives it its version. */
export type Unversioned<T extends { version: number }> = Omit<T, 'version'>;

/** Records changed the way consultations are: one conditional write per change, retried on a lost race. */
export interface VersionedRepository<T extends { version: number }> {
  /** Answers it as stored, with its first version. Fails with `conflict` if the id is taken. */
  add(record: Unversioned<T>): Promise<T>;
  get(id: string): Promise<T | undefined>;
  /** Reads, applies `change` (pure; may throw a DomainError), writes on condition nobody wrote in between. */
  update(id: string, change: (current: T) => T): Promise<T>;
  /** Deletes it; harmless when it is gone already. */
  remove(id: string): Promise<void>;
}

/** A window of start times, for listing. */
export interface StartRange {
  /** Inclusive ISO instant. */
  readonly since?: string;
  /** Exclusive ISO instant. */
  readonly before?: string;
  readonly newestFirst?: boolean;
  readonly limit: number;
}

/** What a patient's portal shows, all read with one Query. */
export interface PatientRecords {
  readonly appointments: AppointmentRecord[];
  readonly directCalls: DirectCallRecord[];
  readonly requests: AppointmentRequestRecord[];
}

export interface AppointmentRepository extends VersionedRepository<AppointmentRecord> {
  /** A clinician's appointments by start time. */
  listByClinician(clinicianId: string, range: StartRange): Promise<AppointmentRecord[]>;
  /** The patient's appointments, direct calls and appointment requests, newest first. */
  ofPatient(patientId: string, limit: number): Promise<PatientRecords>;
}

export type DirectCallRepository = VersionedRepository<DirectCallRecord>;

export interface AppointmentRequestRepository extends VersionedRepository<AppointmentRequestRecord> {
  /** Open requests after one clinician's missed calls, or (no clinician) those for the whole care team; oldest first. */
  listOpen(clinicianId: string | undefined, limit: number): Promise<AppointmentRequestRecord[]>;
}

/** A link into the patient portal: usable several times until it expires or five wrong dates of birth lock it. */
export interface PortalLink {
  readonly patientId: string;
  readonly expiresAt: string;
  readonly attempts: number;
}

/** A remembered device: the portal session's secret, kept only as its hash. */
export interface PortalDevice {
  readonly patientId: string;
  readonly deviceId: string;
  readonly sessionHash: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Portal links and devices (in the `access` table). */
export interface PortalRepository {
  addLink(tokenHash: string, link: PortalLink): Promise<void>;
  findLink(tokenHash: string): Promise<PortalLink | undefined>;
  /**
   * Takes one of the link's attempts before a date of birth is compared, in one conditional
   * write (the link in time, fewer than `maxAttempts` taken): answers the attempts now taken,
   * or undefined when none is left or the link is not usable.
   */
  reserveAttempt(tokenHash: string, now: Date, maxAttempts: number): Promise<number | undefined>;
  /**
   * Gives back the attempt a right date of birth took, only while that attempt is still counted
   * and the link in time: answers false when the link stopped being usable meanwhile.
   */
  returnAttempt(tokenHash: string, now: Date, maxAttempts: number): Promise<boolean>;
  addDevice(device: PortalDevice): Promise<void>;
  getDevice(patientId: string, deviceId: string): Promise<PortalDevice | undefined>;
  removeDevice(patientId: string, deviceId: string): Promise<void>;
  /** Forgets every device of the patient; answers how many there were. */
  removeDevices(patientId: string): Promise<number>;
  /** Forgets every portal link sent to the patient (links sent by earlier versions lapse by themselves); answers how many. */
  removeLinks(patientId: string): Promise<number>;
}

/** Where a meeting room's guest link leads: the room, while its links are of this generation. */
export interface RoomLinkPointer {
  readonly meetingRoomId: string;
  readonly generation: number;
}

/** Where a link token or link id leads. */
export interface LinkPointer {
  readonly consultationId: string;
  readonly linkId: string;
  /** Whom the link was sent to, so opening it reads that person alone (absent on links sent by earlier versions). */
  readonly participantId?: string;
}

/** What an events connection listens to, and who is on the other end. */
export interface Subscription {
  readonly topic: string;
  readonly peerId: string;
  readonly consultationId?: string;
  /** Staff of the consultation: they hear everything on its topic. */
  readonly staff?: boolean;
}

export interface PendingTimer {
  readonly kind: TimerKind;
  readonly id: string;
  readonly dueAt: string;
}

/** Short-lived access records: link pointers, event tickets, connections, pending timers. */
export interface AccessRepository {
  addLink(tokenHash: string, pointer: LinkPointer, expiresAt: Date): Promise<void>;
  findLinkByToken(tokenHash: string): Promise<LinkPointer | undefined>;
  findLinkById(linkId: string): Promise<LinkPointer | undefined>;
  /** A meeting room's guest link: kept until the room's links are reset (then refused on use). */
  addRoomLink(tokenHash: string, pointer: RoomLinkPointer): Promise<void>;
  findRoomLink(tokenHash: string): Promise<RoomLinkPointer | undefined>;
  addTicket(ticketHash: string, subscription: Subscription, expiresAt: Date): Promise<void>;
  /** Single use: the ticket is gone after this, whether or not it was still valid. */
  takeTicket(ticketHash: string, now: Date): Promise<Subscription | undefined>;
  addConnection(connectionId: string, subscription: Subscription, now: Date): Promise<void>;
  getConnection(connectionId: string): Promise<Subscription | undefined>;
  removeConnection(connectionId: string): Promise<void>;
  connectionsOf(topic: string): Promise<{ connectionId: string; subscription: Subscription }[]>;
  addPendingTimer(timer: PendingTimer): Promise<void>;
  removePendingTimer(kind: TimerKind, id: string): Promise<void>;
  pendingTimers(): Promise<PendingTimer[]>;
  /** Deletes a link's pointers (its token's hash and its id); harmless when they are gone already. */
  forgetLink(linkId: string): Promise<void>;
}

/** The one store: DynamoDB in AWS, the same adapter on dynalite locally. */
export interface Store {
  readonly patients: PatientRepository;
  readonly consultations: ConsultationRepository;
  readonly access: AccessRepository;
  readonly appointments: AppointmentRepository;
  readonly directCalls: DirectCallRepository;
  readonly appointmentRequests: AppointmentRequestRepository;
  readonly portal: PortalRepository;
  readonly meetingRooms: MeetingRoomRepository;
  readonly audit: AuditTrail;
}

/** What the audit trail is searched by: one person, patient or consultation, and a time window. */
export interface AuditFilter {
  /** A staff member, a participant or a portal device. */
  readonly actorId?: string;
  readonly patientId?: string;
  readonly consultationId?: string;
  /** Inclusive ISO instant. */
  readonly from?: string;
  /** Exclusive ISO instant. */
  readonly to?: string;
}

/**
 * The audit trail, append-only: an entry is written once and never changed or removed (in AWS
 * an IAM policy denies the functions any update or delete of it).
 */
export interface AuditTrail {
  /** Writes the entry on condition that its id is new: it never overwrites one. */
  append(entry: AuditEntry): Promise<void>;
  /**
   * Entries newest first, at most `limit`; `next` continues from the previous page of the same
   * filter. A `next` that is not one of ours fails with `invalid-request`.
   */
  query(filter: AuditFilter, limit: number, next?: string): Promise<{ entries: AuditEntry[]; next?: string }>;
}

/** Meeting rooms, few per organisation: each one item, all listed with one Query. */
export interface MeetingRoomRepository extends VersionedRepository<MeetingRoomRecord> {
  list(): Promise<MeetingRoomRecord[]>;
}

/** The staff directory: Cognito in AWS, the local accounts file locally. */
export interface StaffDirectory {
  /** Everyone in one group, A–Z by name. */
  inGroup(group: StaffGroup): Promise<StaffMember[]>;
}

export interface Message {
  readonly channel: ChannelName;
  readonly to: string;
  readonly subject?: string;
  readonly body: string;
}

/** SMS and email: SNS/SES in AWS, the outbox locally. */
export interface Notifier {
  send(message: Message): Promise<void>;
}

/** Who on a topic hears an event; everyone listening when absent. */
export type Audience = (listener: Subscription) => boolean;

/** One event and who on the topic hears it (everyone when no audience is given). */
export interface Delivery {
  readonly event: ServerEvent;
  readonly audience?: Audience;
}

/** Real-time events to whoever listens on a topic (`staff#<id>`, `consultation#<id>`, `patient#<id>`). */
export interface Events {
  publish(topic: string, event: ServerEvent, audience?: Audience): Promise<void>;
  /** Several events on one topic, its listeners looked up once (a group let in together). */
  publishAll(topic: string, deliveries: readonly Delivery[]): Promise<void>;
  /** Ends every connection listening on the topic (a consultation that is over). */
  close(topic: string): Promise<void>;
}

/**
 * meeting-room-alone: a sitting of a meeting room is watched; guests left with no member for
 * `meetingRoomAloneSeconds` are let go, an empty sitting is closed.
 * link-expiry: a link lapses. appointment-reminder: the next reminder before an appointment
 * (answers the one after as its new due time). appointment-end: nobody came, the appointment is
 * missed. ring-check: no device said it is ringing, "no network". ring-timeout: "no answer".
 * contact-purge: armed when a consultation opens; once it has been over for the contact retention,
 * its one-call contact and identity details are forgotten (and, when the organisation keeps call
 * history for a set time, the whole consultation later).
 * session-end: a group consultation's set end (`endsAt`): it ends for everyone still in it.
 * breakout-end: breakout rooms opened (or extended) for a set time close, everyone back in the main
 * room; its id names the opening and the time, so a timer of an earlier opening or time does nothing.
 */
export type TimerKind =
  | 'link-expiry'
  | 'appointment-reminder'
  | 'appointment-end'
  | 'ring-check'
  | 'ring-timeout'
  | 'meeting-room-alone'
  | 'contact-purge'
  | 'session-end'
  | 'breakout-end';

/** Step Functions in AWS; the same state machine run by aws-local-stepfunctions locally. */
export interface Timers {
  /** Starting the same (kind, id) twice is harmless. */
  start(timer: PendingTimer): Promise<void>;
}

/** What a person may send in a room: the host mutes someone, or everyone but themselves. */
export interface MediaAllowance {
  readonly audio: boolean;
  readonly video: boolean;
}

/**
 * Call media: Chime meetings in AWS (one meeting per room), browser-to-browser WebRTC locally
 * (one P2P room per room). A consultation has a main room (`mainRoom`) and later breakout rooms;
 * admitted people ask for credentials per room, so moving between rooms needs no new admission.
 */
export interface Meetings {
  /** Credentials for one participant in one room; `meetingId` is that room's meeting to remember. */
  join(
    consultation: ConsultationRecord,
    participantId: string,
    room: string,
  ): Promise<{ credentials: MediaCredentials; meetingId?: string }>;
  /** Many people let in at once get their place in the room ahead of asking (Chime: one call per 100). */
  admit(consultation: ConsultationRecord, participantIds: readonly string[], room: string): Promise<{ meetingId?: string }>;
  /** What one person may send in a room. */
  allow(consultation: ConsultationRecord, room: string, participantId: string, allowance: MediaAllowance): Promise<void>;
  /** What everyone in a room may send, except some (the host muting everyone but themselves). */
  allowAllExcept(
    consultation: ConsultationRecord,
    room: string,
    exceptParticipantIds: readonly string[],
    allowance: MediaAllowance,
  ): Promise<void>;
  /** Out of the call (removed, left, back to the waiting room): their credentials stop working in every room. */
  remove(consultation: ConsultationRecord, participantId: string): Promise<void>;
  /** One breakout room closes: its meeting ends (one Chime already ended is fine) and nobody holds a place in it. */
  closeRoom(consultation: ConsultationRecord, room: string): Promise<void>;
  /** Every room's meeting ends. */
  end(consultation: ConsultationRecord): Promise<void>;
}

/**
 * The organisation's systems hear of recorded encounters: EventBridge in AWS, a webhook
 * locally. Resolves once the encounter is handed over (a webhook retries in the background);
 * never rejects: a failure to tell them never fails the clinician's request.
 */
export interface Integrations {
  encounterRecorded(encounter: Encounter): Promise<void>;
}

export interface Settings {
  /** Where links point: `${siteUrl}/join#<token>`. */
  readonly siteUrl: string;
  readonly organisationName: string;
  readonly linkTtlSeconds: number;
  /** Consult Now goes by SMS when a mobile is known, unless the organisation says otherwise. */
  readonly consultNowChannel: ChannelName;
  /** The organisation's IANA time zone: appointment times are agreed and shown in it. */
  readonly timeZone: string;
  /** Reminders before an appointment, in minutes before it starts (default 24 h and 15 min). */
  readonly reminderMinutes: readonly number[];
  /** How long a remembered device stays signed in to the patient portal (default 30 days). */
  readonly portalSessionDays: number;
  /** Seconds for the patient's device to say it is ringing before the call is "no network" (default 5). */
  readonly ringCheckSeconds: number;
  /** Seconds a direct call rings before it is "no answer" (default 45). */
  readonly ringTimeoutSeconds: number;
  /** What people without a language of their own (not on record, or recorded before languages) are written to in. */
  readonly defaultLanguage: Language;
  /** Where a phone number typed without its country code is read (GB or SE). */
  readonly country: Country;
  /** Seconds guests may wait in a meeting room with no member before their call ends (default 600). */
  readonly meetingRoomAloneSeconds: number;
  /** Seconds after a consultation is over that its one-call contact details are kept (default 3,600; 0: none). */
  readonly contactRetentionSeconds: number;
  /** Tests only: seconds between looks at an open consultation (by default derived from the retention). */
  readonly contactCheckSeconds?: number;
  /**
   * Days the call history of a patient on record is kept after the consultation; absent: as long
   * as the patient's record (until the patient is erased).
   */
  readonly patientHistoryDays?: number;
}

/** An organisation that says nothing writes in English and reads phone numbers as British. */
export const localeDefaults = { defaultLanguage: 'en', country: 'GB' } as const satisfies Partial<Settings>;

/** The defaults of the settings appointments, the portal and direct calls add. */
export const careDefaults = {
  timeZone: 'Europe/London',
  reminderMinutes: [24 * 60, 15],
  portalSessionDays: 30,
  ringCheckSeconds: 5,
  ringTimeoutSeconds: 45,
  meetingRoomAloneSeconds: 600,
} as const satisfies Partial<Settings>;

/** Contact details used for one call go an hour after it ends; a patient's call history stays with their record. */
export const retentionDefaults = { contactRetentionSeconds: 60 * 60 } as const satisfies Partial<Settings>;

export interface Dependencies {
  readonly mode: 'local' | 'aws';
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly notifier: Notifier;
  readonly events: Events;
  readonly timers: Timers;
  readonly meetings: Meetings;
  readonly integrations: Integrations;
  readonly staffDirectory: StaffDirectory;
  readonly settings: Settings;
}
