import * as z from './zod.ts';
import { callTypeIds, capacityOf, participantRoles } from '../call-types.ts';
import { consultationStatuses, participantStates } from '../lifecycle/consultation.ts';
import { linkStatuses } from '../lifecycle/link.ts';
import { mainRoom } from '../rooms.ts';
import { Channel, Id, Instant } from './common.ts';
import { DeviceCheck } from './device-check.ts';
import { MediaAllowance } from './moderation.ts';
import { Breakout } from './groups.ts';

export const Participant = /* @__PURE__ */ z
  .object({
    id: Id,
    role: z.enum(participantRoles),
    displayName: z.string(),
    state: z.enum(participantStates),
    patientId: z.optional(Id),
    staffId: z.optional(z.string()),
    updatedAt: Instant,
    deviceCheck: z.optional(DeviceCheck),
    /** Invited during the call with "admit when they arrive": no waiting room. */
    admitOnArrival: z.optional(z.boolean()),
    /** The host muted them or stopped their camera (absent: they may send both). */
    mediaAllowance: z.optional(MediaAllowance),
    /** The breakout room they are in (absent: the main room). */
    room: z.optional(z.string()),
    /** Their hand is up (a group consultation), since then. */
    handRaisedAt: z.optional(Instant),
    /** Attendance: when they were first let in, and when they last left. */
    admittedAt: z.optional(Instant),
    leftAt: z.optional(Instant),
  })
  .register(z.globalRegistry, { id: 'Participant' });
export type Participant = z.infer<typeof Participant>;

/** What staff see of a link: where it went and until when, never the token. */
export const LinkView = /* @__PURE__ */ z
  .object({
    id: Id,
    consultationId: Id,
    participantId: Id,
    channel: Channel,
    sentTo: z.string().check(z.describe('masked destination')),
    expiresAt: Instant,
    status: z.enum(linkStatuses),
  })
  .register(z.globalRegistry, { id: 'Link' });
export type LinkView = z.infer<typeof LinkView>;

export const Coding = /* @__PURE__ */ z.object({ system: z.string(), code: z.string(), display: z.string() });
export type Coding = z.infer<typeof Coding>;

export const Outcome = /* @__PURE__ */ z
  .object({
    result: z.enum(['completed', 'unsuccessful']),
    technicalProblems: z.boolean(),
    coding: z.optional(Coding),
    recordedAt: Instant,
    recordedBy: z.string(),
  })
  .register(z.globalRegistry, { id: 'Outcome' });
export type Outcome = z.infer<typeof Outcome>;

export const Consultation = /* @__PURE__ */ z
  .object({
    id: Id,
    type: z.enum(callTypeIds),
    status: z.enum(consultationStatuses),
    hostId: z.string(),
    hostName: z.string(),
    patientId: z.optional(Id),
    createdAt: Instant,
    scheduledFor: z
      .optional(Instant)
      .check(z.describe('An appointment’s start: its people may come in from 30 minutes before')),
    startedAt: z.optional(Instant),
    endedAt: z.optional(Instant),
    participants: z.array(Participant),
    links: z.array(LinkView),
    outcome: z.optional(Outcome),
    patientFeedback: z.optional(z.object({ technicalProblems: z.boolean() })),
    /** A group consultation: its title and description, its length and when it ends by itself. */
    title: z.optional(z.string()),
    description: z.optional(z.string()),
    durationMinutes: z.optional(z.number().check(z.int())),
    endsAt: z.optional(Instant),
    /** Staff who moderate the session with the host. */
    coHostIds: z.optional(z.array(z.string())),
    /** The breakout rooms open now. */
    breakout: z.optional(Breakout),
  })
  .register(z.globalRegistry, { id: 'Consultation' });
export type Consultation = z.infer<typeof Consultation>;

export const ConsultationList = /* @__PURE__ */ z
  .object({ consultations: z.array(Consultation) })
  .register(z.globalRegistry, { id: 'ConsultationList' });

export const ConsultationQuery = /* @__PURE__ */ z.strictObject({
  status: z._default(z.enum(['open', 'ended']), 'open'),
});
export const ConsultationPath = /* @__PURE__ */ z.strictObject({ id: Id });
export const LinkPath = /* @__PURE__ */ z.strictObject({ linkId: Id });

export const ConsultNowResponse = /* @__PURE__ */ z
  .object({ consultation: Consultation, link: LinkView })
  .register(z.globalRegistry, { id: 'ConsultNowResponse' });

export const ExtendLinkRequest = /* @__PURE__ */ z
  .strictObject({
    minutes: z
      .number()
      .check(
        z.int('Extend by whole minutes.'),
        z.gte(1, 'Extend by at least 1 minute.'),
        z.lte(60, 'Extend by at most 60 minutes.'),
      ),
  })
  .register(z.globalRegistry, { id: 'ExtendLinkRequest' });

export const LinkResponse = /* @__PURE__ */ z
  .object({ link: LinkView })
  .register(z.globalRegistry, { id: 'LinkResponse' });

/** One person; or several at once (a group): those listed, or everyone waiting. */
export const AdmitRequest = /* @__PURE__ */ z
  .union([
    z.strictObject({ participantId: Id }),
    z.strictObject({
      participantIds: z.array(Id).check(z.minLength(1), z.maxLength(capacityOf('group-consultation'))),
    }),
    z.strictObject({ all: z.literal(true) }),
  ])
  .register(z.globalRegistry, { id: 'AdmitRequest' });

/** The consultation after admission, and who was let in by this request. */
export const AdmitResponse = /* @__PURE__ */ z
  .extend(Consultation, { admitted: z.array(Id) })
  .register(z.globalRegistry, { id: 'AdmitResponse' });

export const EndRequest = /* @__PURE__ */ z
  .strictObject({
    result: z.enum(['completed', 'unsuccessful']),
    technicalProblems: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'EndRequest' });

export const FeedbackRequest = /* @__PURE__ */ z
  .strictObject({ technicalProblems: z.boolean() })
  .register(z.globalRegistry, { id: 'FeedbackRequest' });

/** The rooms of a call: `main` for everyone; breakout rooms are named like `breakout-2`. */
export const RoomName = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]{0,19}$/, 'A room name is up to 20 lowercase letters, digits and dashes.'),
  );

/** Which room's media to join (credentials are per room; moving room needs no new admission). */
export const MediaQuery = /* @__PURE__ */ z
  .strictObject({ room: z._default(RoomName, mainRoom) })
  .register(z.globalRegistry, { id: 'MediaQuery' });

export const MediaCredentials = /* @__PURE__ */ z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('chime'),
      meeting: z.record(z.string(), z.unknown()),
      attendee: z.record(z.string(), z.unknown()),
      /** The people in the call (the host and those admitted) when these were issued; later changes come as events. */
      roster: z.optional(z.array(z.string())),
    }),
    z.object({
      kind: z.literal('p2p'),
      roomId: z.string(),
      peerId: z.string(),
      /** The peers in the call (the host and those admitted) when these were issued; later changes come as events. */
      roster: z.array(z.string()),
      iceServers: z.array(z.object({ urls: z.union([z.string(), z.array(z.string())]) })),
    }),
  ])
  .register(z.globalRegistry, { id: 'MediaCredentials' });
export type MediaCredentials = z.infer<typeof MediaCredentials>;
