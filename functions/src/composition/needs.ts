import type { TableName } from '#adapters/dynamodb/tables';

/**
 * What a function touches, so the CDK app gives it that env and IAM and nothing else. Declared
 * beside each handler (its handler file's route factories, or the file's `needs`).
 */
export interface FunctionNeeds {
  /** 'read' = GetItem/Query; 'write' adds PutItem/UpdateItem/DeleteItem (conditional writes). */
  readonly tables?: Partial<Record<Exclude<TableName, 'audit'>, 'read' | 'write'>>;
  /**
   * The audit trail, never updated or deleted: 'append' = PutItem only; 'read' = Query. A route
   * whose operation is recorded (audit/audited-operations.ts) appends without saying so here.
   */
  readonly audit?: AuditUse | readonly AuditUse[];
  /** Publishes events to WebSocket connections (reads and prunes connections in `access`). */
  readonly events?: true;
  /** Starts Step Functions timers. */
  readonly timers?: true;
  /** Sends SMS (SNS) and email (SES). */
  readonly notifier?: true;
  /**
   * Chime SDK meetings: 'join' finds or makes a room's meeting and an attendee; 'admit' makes many
   * attendees at once; 'moderate' changes what attendees may send; 'remove' deletes someone's
   * attendees; 'end' deletes the meetings. A function serving several routes holds several.
   */
  readonly meetings?: MeetingUse | readonly MeetingUse[];
  /** Tells the organisation's systems of recorded encounters (EventBridge). */
  readonly integrations?: true;
  /** Lists the staff of a group (Cognito ListUsersInGroup). */
  readonly staffDirectory?: true;
}

export type AuditUse = 'append' | 'read';

export type MeetingUse = 'join' | 'admit' | 'moderate' | 'remove' | 'end';

/** Participant and staff-or-participant routes read the consultation to check the session. */
export const participantSession = { consultations: 'read' } as const;
/** Patient (portal) routes read the remembered device in `access` to check the session. */
export const portalSession = { access: 'read' } as const;
/** Messages to a patient carry a new portal link (written to `access`) and go to the address on record. */
export const messageToPatient = { patients: 'read', access: 'write' } as const;
