import * as z from './zod.ts';
import { consultationStatuses } from '../lifecycle/consultation.ts';
import {
  appointmentRequestStatuses,
  appointmentStatuses,
  directCallStatuses,
} from '../lifecycle/appointment.ts';
import { Id, Instant } from './common.ts';
import { LinkView, MediaCredentials, Participant } from './consultations.ts';
import { MediaStoppedEvent } from './moderation.ts';
import { Breakout } from './groups.ts';

/**
 * Real-time events on the WebSocket `/api/events`, its ticket offered as a subprotocol. Staff
 * connections opened with a plain ticket hear about all their consultations; connections opened for one consultation
 * (participants, and staff in the call) hear that consultation, including P2P signalling.
 * Patients' portals listen on `patient#<patientId>`: incoming calls and changes to their
 * appointments. Events carry ids, states and display names only — never contact details or
 * dates of birth.
 *
 * Consultation events say what changed, so a screen applies them to what it holds
 * (`applyConsultationEvent`) and fetches again only after reconnecting. Who hears what is decided
 * per event: staff hear everything (a person's device check, a link's masked address); a person
 * in the call hears who comes and goes in it; someone waiting hears only about themselves.
 */

/** A person as an event tells of them: staff get every field of `Participant`, anyone else only who and where. */
export const ParticipantChange = /* @__PURE__ */ z.required(z.partial(Participant), {
  id: true,
  role: true,
  displayName: true,
  state: true,
});
export type ParticipantChange = z.infer<typeof ParticipantChange>;

export const ServerEvent = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.object({
    type: z.literal('participant-changed'),
    consultationId: Id,
    participant: ParticipantChange,
  }),
  /**
   * The person just let in, and only they, on their own socket: their credentials for the main
   * room's media, so their call starts without asking for them. It comes just before the word
   * that they are admitted.
   */
  z.object({
    type: z.literal('admitted-media'),
    consultationId: Id,
    credentials: MediaCredentials,
  }),
  /**
   * A meeting room's guests in the call, and only they, hear whether anyone of the organisation
   * is in it as a member comes or goes: a yes or no, nothing of who. With nobody, their call ends after a while.
   */
  z.object({
    type: z.literal('attendance-changed'),
    consultationId: Id,
    staffPresent: z.boolean(),
  }),
  /** A link was sent, extended, revoked, used or expired (staff only). */
  z.object({
    type: z.literal('link-changed'),
    consultationId: Id,
    link: LinkView,
  }),
  /** Opened, started, ended or called off: everyone hears it, the waiting room too. */
  z.object({
    type: z.literal('consultation-changed'),
    consultationId: Id,
    status: z.enum(consultationStatuses),
    startedAt: z.optional(Instant),
    endedAt: z.optional(Instant),
    /** A group consultation ends by itself then (everyone is warned 10 minutes before). */
    endsAt: z.optional(Instant),
  }),
  /**
   * Breakout rooms opened, changed, extended or closed (`breakout` absent): everyone in the call
   * hears it. Who is in which room comes as each person's `participant-changed` (their `room`);
   * a person switches media room when told they moved.
   */
  z.object({
    type: z.literal('breakout-changed'),
    consultationId: Id,
    breakout: z.optional(Breakout),
  }),
  /** A short message from the moderator to every room of the call. */
  z.object({
    type: z.literal('broadcast'),
    consultationId: Id,
    from: z.string(),
    message: z.string(),
  }),
  /** An appointment was proposed, answered, moved, cancelled, missed or completed (staff and the patient's portal). */
  z.object({
    type: z.literal('appointment-changed'),
    appointmentId: Id,
    status: z.enum(appointmentStatuses),
  }),
  /** A patient asked for an appointment, or the request was answered (staff). */
  z.object({
    type: z.literal('appointment-request-changed'),
    requestId: Id,
    status: z.enum(appointmentRequestStatuses),
  }),
  /** How a direct call is going, for the clinician who made it: accepted, declined, no answer, no network… */
  z.object({
    type: z.literal('direct-call-changed'),
    callId: Id,
    status: z.enum(directCallStatuses),
  }),
  /** The patient's portal rings: Accept / Reject. */
  z.object({
    type: z.literal('incoming-call'),
    callId: Id,
    clinicianName: z.string(),
  }),
  /** The ringing stops: the call was answered elsewhere, hung up, timed out or declined. */
  z.object({
    type: z.literal('call-ended'),
    callId: Id,
    status: z.enum(directCallStatuses),
  }),
  MediaStoppedEvent,
  /** P2P media: an SDP description or ICE candidate from another peer of the consultation. */
  z.object({
    type: z.literal('signal'),
    consultationId: Id,
    from: z.string(),
    data: z.unknown(),
  }),
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

/** What a client may send on the WebSocket: signalling to one peer, or to every peer ('*'). */
export const ClientMessage = /* @__PURE__ */ z.strictObject({
  action: z.literal('signal'),
  to: z.string().check(z.minLength(1), z.maxLength(64)),
  data: z.unknown(),
});
export type ClientMessage = z.infer<typeof ClientMessage>;

export const EventTicketRequest = /* @__PURE__ */ z
  .strictObject({ consultationId: z.optional(Id) })
  .register(z.globalRegistry, { id: 'EventTicketRequest' });
