import * as z from './zod.ts';
import { callTypeIds, participantRoles } from '../call-types.ts';
import { consultationStatuses, participantStates } from '../lifecycle/consultation.ts';
import { tokenPattern } from '../ids.ts';
import { DateOfBirth, Id, Instant, PersonName } from './common.ts';
import { Breakout } from './groups.ts';

/** 128 bits or more, base64url. */
export const LinkToken = /* @__PURE__ */ z
  .string()
  .check(z.regex(tokenPattern, 'That is not a Clinicall link. Check the message and try again.'));

export const JoinRequest = /* @__PURE__ */ z
  .strictObject({ token: LinkToken })
  .register(z.globalRegistry, { id: 'JoinRequest' });

export const ParticipantSession = /* @__PURE__ */ z.object({
  session: z.string(),
  participantId: Id,
  consultationId: Id,
});

export const JoinResponse = /* @__PURE__ */ z
  .discriminatedUnion('next', [
    z.object({ next: z.literal('verify-date-of-birth') }),
    /** `name`: what the clinician called them when inviting them, to confirm or correct. */
    z.object({
      next: z.literal('enter-name'),
      name: z.optional(z.string()),
      /** A meeting room's link: the guest is told where they are going, and that it is not for clinical use. */
      meetingRoom: z.optional(z.object({ name: z.string() })),
    }),
    z.extend(ParticipantSession, { next: z.literal('waiting-room') }),
  ])
  .register(z.globalRegistry, { id: 'JoinResponse' });
export type JoinResponse = z.infer<typeof JoinResponse>;

export const VerifyRequest = /* @__PURE__ */ z
  .union([
    z.strictObject({
      token: LinkToken,
      dateOfBirth: DateOfBirth,
    }),
    z.strictObject({ token: LinkToken, displayName: PersonName }),
  ])
  .register(z.globalRegistry, { id: 'VerifyRequest' });

export const VerifyResponse = /* @__PURE__ */ ParticipantSession.check(z.meta({ id: 'VerifyResponse' }));

export const SessionResponse = /* @__PURE__ */ z
  .object({
    consultation: z.object({
      id: Id,
      type: z.enum(callTypeIds),
      status: z.enum(consultationStatuses),
      hostName: z.string(),
      /** A group consultation: its title, when it ends by itself, its breakout rooms (to those in the call). */
      title: z.optional(z.string()),
      endsAt: z.optional(Instant),
      breakout: z.optional(Breakout),
      /** A meeting room, to a guest in it: whether anyone of the organisation is there (none: the call ends after a while). */
      staffPresent: z.optional(z.boolean()),
    }),
    participant: z.object({
      id: Id,
      role: z.enum(participantRoles),
      state: z.enum(participantStates),
      displayName: z.string(),
      /** Their breakout room (absent: the main room). */
      room: z.optional(z.string()),
      handRaisedAt: z.optional(Instant),
    }),
  })
  .register(z.globalRegistry, { id: 'SessionResponse' });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const EventTicket = /* @__PURE__ */ z
  .object({ ticket: z.string(), expiresAt: z.string() })
  .register(z.globalRegistry, { id: 'EventTicket' });
