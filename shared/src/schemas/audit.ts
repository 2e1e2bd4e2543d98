import * as z from './zod.ts';
import { errorStatus } from '../errors.ts';
import { idPattern, staffIdPattern } from '../ids.ts';
import { staffGroups } from '../staff-groups.ts';
import { Instant } from './common.ts';

/**
 * What the audit trail records, a closed list: sign-ins, reads of patient records and call
 * histories, and every change. Export and erasure of a patient's data are recorded as
 * `patient-exported` and `patient-erased`.
 */
export const auditActions = [
  'staff-signed-in',
  'participant-verified',
  'portal-signed-in',
  'portal-signed-out',
  'patient-added',
  'patient-updated',
  'patient-read',
  'patients-searched',
  'patient-exported',
  'patient-erased',
  'portal-sessions-revoked',
  'consultation-started',
  'consultations-listed',
  'consultation-read',
  'encounter-read',
  'participant-admitted',
  'participant-invited',
  'participant-held',
  'participant-removed',
  'participant-muted',
  'participant-video-stopped',
  'others-muted',
  'breakout-rooms-opened',
  'breakout-room-moved',
  'breakout-rooms-closed',
  'breakout-rooms-extended',
  'participant-left',
  'feedback-given',
  'consultation-ended',
  'link-extended',
  'link-withdrawn',
  'link-resent',
  'appointment-proposed',
  'appointments-listed',
  'appointment-read',
  'appointment-cancelled',
  'appointment-rescheduled',
  'appointment-requests-listed',
  'appointment-accepted',
  'appointment-rejected',
  'appointment-requested',
  'patient-called',
  'direct-call-read',
  'direct-call-cancelled',
  'direct-call-answered',
  'direct-call-declined',
  'portal-read',
  'meeting-room-created',
  'meeting-room-updated',
  'meeting-room-deleted',
  'meeting-room-entered',
  'meeting-room-link-shared',
  'meeting-room-link-sent',
  'meeting-room-link-reset',
  'meeting-room-log-read',
  'audit-read',
  'audit-exported',
  'consultation-created',
  'participant-registered',
  'registration-withdrawn',
  'co-host-added',
  'consultation-handed-over',
  'message-broadcast',
  'hand-raised',
] as const;
export type AuditAction = (typeof auditActions)[number];
export const AuditActionName = /* @__PURE__ */ z.enum(auditActions);

/**
 * An id in the audit trail: the shape of every id, with at least one letter. A phone number, a
 * date of birth or an email address has the wrong shape, so none can be written as an id.
 */
export const AuditId = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(idPattern, 'Not a valid id.'),
    z.regex(/[A-Za-z]/, 'Not a valid id.'),
    z.describe('An opaque identifier'),
  );

const errorCodes = /* @__PURE__ */ Object.keys(errorStatus) as [
  keyof typeof errorStatus,
  ...(keyof typeof errorStatus)[],
];

/** Who did it: a staff member (id and roles), a participant's session, a patient's portal device, or someone unknown. */
export const AuditActor = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('staff'),
    id: z.string().check(z.regex(staffIdPattern, 'Not a valid staff id.')),
    roles: z.array(z.enum(staffGroups)).check(z.maxLength(staffGroups.length)),
  }),
  z.strictObject({ kind: z.literal('participant'), id: AuditId, consultationId: AuditId }),
  z.strictObject({
    kind: z.literal('patient'),
    id: AuditId.check(z.describe('The portal device (session)')),
    patientId: z.optional(AuditId),
  }),
  z.strictObject({ kind: z.literal('anonymous') }),
]);
export type AuditActor = z.infer<typeof AuditActor>;

/** What it was done to: ids only. */
export const AuditTargets = /* @__PURE__ */ z.strictObject({
  patientId: z.optional(AuditId),
  consultationId: z.optional(AuditId),
  participantId: z.optional(AuditId),
  linkId: z.optional(AuditId),
  appointmentId: z.optional(AuditId),
  directCallId: z.optional(AuditId),
  meetingRoomId: z.optional(AuditId),
  staffId: z.optional(z.string().check(z.regex(staffIdPattern, 'Not a valid staff id.'))),
});
export type AuditTargets = z.infer<typeof AuditTargets>;
export const auditTargetNames = /* @__PURE__ */ Object.keys(AuditTargets.shape) as (keyof AuditTargets)[];

/** An IPv4 or IPv6 address, as the request came from. */
export const ClientAddress = /* @__PURE__ */ z.union([z.ipv4(), z.ipv6()]);

/**
 * One entry of the audit trail. Its type holds ids, codes and an address only: no names,
 * contact details, dates of birth or tokens can be written into it.
 */
export const AuditEntry = /* @__PURE__ */ z
  .strictObject({
    id: AuditId,
    at: Instant,
    actor: AuditActor,
    action: AuditActionName,
    targets: AuditTargets,
    outcome: z.enum(['success', 'refused']),
    /** Why it was refused: the API's error code. */
    reason: z.optional(z.enum(errorCodes)),
    clientAddress: z.optional(ClientAddress),
  })
  .register(z.globalRegistry, { id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An entry about to be written: the trail gives it its id and time. */
export const NewAuditEntry = /* @__PURE__ */ z.omit(AuditEntry, { id: true, at: true });
export type NewAuditEntry = z.infer<typeof NewAuditEntry>;

/** The most entries one page holds. */
export const auditPageLimit = 200;

export const AuditQuery = /* @__PURE__ */ z
  .strictObject({
    actor: z.optional(AuditId).check(z.describe('A staff member, participant or portal device')),
    patient: z.optional(AuditId),
    consultation: z.optional(AuditId),
    from: z.optional(Instant).check(z.describe('Inclusive')),
    to: z.optional(Instant).check(z.describe('Exclusive')),
    limit: z.optional(
      z.coerce.number().check(z.int('Give a whole number of entries.'), z.gte(1), z.lte(auditPageLimit)),
    ),
    next: z
      .optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,2048}$/, 'That page marker is not valid.')))
      .check(z.describe('From `next` of the previous page')),
  })
  .check(
    z.refine((query) => !query.from || !query.to || query.from < query.to, {
      message: 'The start must be before the end.',
      path: ['from'],
    }),
  )
  .register(z.globalRegistry, { id: 'AuditQuery' });
export type AuditQuery = z.output<typeof AuditQuery>;

export const AuditPage = /* @__PURE__ */ z
  .object({ entries: z.array(AuditEntry), next: z.optional(z.string()) })
  .register(z.globalRegistry, { id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

/** The trail as CSV, a header row first. */
export const AuditCsv = /* @__PURE__ */ z
  .string()
  .check(z.describe('text/csv: a header row, then one entry per row, newest first'));
