import * as z from './zod.ts';
import { Id } from './common.ts';

/** One person of one consultation, for the host's actions on them. */
export const ParticipantPath = /* @__PURE__ */ z.strictObject({ id: Id, participantId: Id });

/** What the host lets a person send; absent on a participant, both. Muting only ever takes away. */
export const MediaAllowance = /* @__PURE__ */ z
  .object({ audio: z.boolean(), video: z.boolean() })
  .register(z.globalRegistry, { id: 'MediaAllowance' });
export type MediaAllowance = z.infer<typeof MediaAllowance>;

/**
 * To the people the host muted or whose camera the host stopped: their page turns off the
 * microphone or camera itself. In a Chime call the server has already stopped them sending; in
 * a local (browser-to-browser) call nothing in the middle can, so the page obeying is the stop.
 */
export const MediaStoppedEvent = /* @__PURE__ */ z.object({
  type: z.literal('media-stopped'),
  consultationId: Id,
  stop: z.enum(['microphone', 'camera']),
});
export type MediaStoppedEvent = z.infer<typeof MediaStoppedEvent>;
