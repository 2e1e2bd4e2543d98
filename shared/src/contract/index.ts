import type { Operation } from './operation.ts';
import { serviceOperations } from './service.ts';
import { patientOperations } from './patients.ts';
import { consultationOperations } from './consultations.ts';
import { linkOperations } from './links.ts';
import { joinOperations } from './join.ts';
import { eventOperations } from './events.ts';
import { appointmentOperations } from './appointments.ts';
import { directCallOperations } from './direct-calls.ts';
import { portalOperations } from './portal.ts';
import { moderationOperations } from './moderation.ts';
import { meetingRoomOperations } from './meeting-rooms.ts';
import { auditOperations } from './audit.ts';
import { groupOperations } from './groups.ts';

export type { Auth, Method, Operation } from './operation.ts';

/** API v1: every public operation, one feature's at a time (shared/src/contract/<feature>.ts). */
export const operations = {
  ...serviceOperations,
  ...patientOperations,
  ...consultationOperations,
  ...linkOperations,
  ...joinOperations,
  ...eventOperations,
  ...appointmentOperations,
  ...directCallOperations,
  ...portalOperations,
  ...moderationOperations,
  ...meetingRoomOperations,
  ...auditOperations,
  ...groupOperations,
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
