import type { Dependencies, PendingTimer, TimerKind } from '#ports';
import { onAppointmentEnd, onReminderDue } from '#use-cases/appointment-timers';
import { onRingDue } from '#use-cases/direct-call';
import { onContactPurgeDue } from '#use-cases/contact-purge';
import { onLinkDue } from '#use-cases/link-expiry';
import { onRoomWatch } from '#use-cases/meeting-room-alone';
import { onSessionEnd } from '#use-cases/group-session-end';
import { onBreakoutEnd } from '#use-cases/breakout-rooms';
import { type AwsAdapters, awsDependencies, loadedOnFirstUse } from '../composition/aws.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import type { FunctionNeeds } from '../composition/needs.ts';
import { logger } from '../logger.ts';
import { accessTable, appointmentsTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));

/** What the state machine passes in, and gets back: a `dueAt` in the answer means "wait again". */
export type TimerInput = PendingTimer;
export type TimerOutput = { kind: PendingTimer['kind']; id: string; dueAt?: string };

const isTimer = (input: unknown): input is TimerInput => {
  const t = input as Partial<TimerInput> | null;
  return typeof t?.kind === 'string' && typeof t.id === 'string' && typeof t.dueAt === 'string';
};

type Task = (deps: Dependencies, timer: PendingTimer) => Promise<{ dueAt?: string }>;

/** What each kind of timer does when it is due. */
const tasks: Record<TimerKind, Task> = {
  'link-expiry': onLinkDue,
  'appointment-reminder': onReminderDue,
  'appointment-end': onAppointmentEnd,
  'ring-check': onRingDue,
  'ring-timeout': onRingDue,
  'meeting-room-alone': onRoomWatch,
  'contact-purge': onContactPurgeDue,
  'session-end': onSessionEnd,
  'breakout-end': onBreakoutEnd,
};

const isKind = (kind: string): kind is TimerKind => Object.hasOwn(tasks, kind);

/** The timer task: re-reads the record and acts only if it is still due. */
export const createTimerTask = (deps: Dependencies) => async (input: unknown): Promise<TimerOutput | Record<string, never>> => {
  if (!isTimer(input) || !isKind(input.kind)) {
    logger.warn('timer input ignored');
    return {};
  }
  const next = await tasks[input.kind](deps, input);
  return { kind: input.kind, id: input.id, ...(next.dueAt && { dueAt: next.dueAt }) };
};

/**
 * The timer task re-reads the record and, when still due, records expiry, sends reminders (a new
 * link each) and missed-call notices, marks appointments missed and calls unanswered, and tells
 * whoever listens. Reminders wait again by answering a due time: it starts no timers itself.
 */
export const needs: FunctionNeeds = {
  tables: { consultations: 'write', access: 'write', appointments: 'write', patients: 'read' },
  events: true,
  notifier: true,
  // An unanswered call, or a consultation nobody came to, ends the meeting the clinician may be waiting in;
  // breakout rooms whose time is up end theirs.
  meetings: 'end',
};

/** Expired links, missed appointments and calls are told in real time; reminders and missed-call notices are sent. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, appointmentsTable, consultationsTable, patientsTable],
  events,
  notifier,
  // A call unanswered, or a consultation nobody came to, ends the meeting the clinician may be waiting in.
  meetings,
};

let task: ReturnType<typeof createTimerTask> | undefined;
export const handler = (input: unknown) => (task ??= createTimerTask(awsDependencies(awsAdapters)))(input);
