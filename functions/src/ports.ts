import type { Encounter, MediaCredentials, Patient, ServerEvent } from '@clinicall/shared';
import type { ChannelName, ConsultationRecord } from './consultation/record.ts';

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
  /** Patients with a given or family name starting with `prefix` (normalised, ≥2 letters). */
  findByNamePrefix(prefix: string, limit: number): Promise<Patient[]>;
  findByDateOfBirth(dateOfBirth: string, limit: number): Promise<Patient[]>;
  findByMobile(e164: string, limit: number): Promise<Patient[]>;
  /** The directory in family-name order; `cursor` continues from the previous page. */
  list(limit: number, cursor?: string): Promise<{ patients: Patient[]; next?: string }>;
}

export interface ConsultationRepository {
  /** Fails with `conflict` if the id is taken. */
  add(consultation: ConsultationRecord): Promise<void>;
  get(id: string): Promise<ConsultationRecord | undefined>;
  /**
   * Reads, applies `change` (pure; may throw a DomainError) and writes back on condition that
   * nobody wrote in between; on a lost race it reads again and re-applies. One conditional
   * write on one item: of simultaneous changes that exclude each other, exactly one wins.
   */
  update(id: string, change: (current: ConsultationRecord) => ConsultationRecord): Promise<ConsultationRecord>;
  /** The host's consultations, newest first. */
  listByHost(hostId: string, limit: number): Promise<ConsultationRecord[]>;
}

/** Where a link token or link id leads. */
export interface LinkPointer {
  readonly consultationId: string;
  readonly linkId: string;
}

/** What an events connection listens to, and who is on the other end. */
export interface Subscription {
  readonly topic: string;
  readonly peerId: string;
  readonly consultationId?: string;
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
}

/** The one store: DynamoDB in AWS, the same adapter on dynalite locally. */
export interface Store {
  readonly patients: PatientRepository;
  readonly consultations: ConsultationRepository;
  readonly access: AccessRepository;
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

/** Real-time events to whoever listens on a topic (`staff#<id>`, `consultation#<id>`). */
export interface Events {
  publish(topic: string, event: ServerEvent): Promise<void>;
}

export type TimerKind = 'link-expiry';

/** Step Functions in AWS; the same state machine run by aws-local-stepfunctions locally. */
export interface Timers {
  /** Starting the same (kind, id) twice is harmless. */
  start(timer: PendingTimer): Promise<void>;
}

/** Call media: Chime meetings in AWS, browser-to-browser WebRTC locally. */
export interface Meetings {
  /** Credentials for one participant; `meetingId` is the meeting to remember for the consultation. */
  join(consultation: ConsultationRecord, participantId: string): Promise<{ credentials: MediaCredentials; meetingId?: string }>;
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
}

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
  readonly settings: Settings;
}
