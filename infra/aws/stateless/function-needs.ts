import type { TableName } from '@clinicall/functions/adapters/dynamodb/tables';
import type { Route } from '@clinicall/functions/routes';

/**
 * What a function touches, so it gets that env and IAM and nothing else. The routes come from
 * the route table; this only says what each operation's use case reaches. A new route without
 * an entry here stops the synth, rather than deploying with too much or too little.
 */
export interface FunctionNeeds {
  /** 'read' = GetItem/Query; 'write' adds PutItem/UpdateItem/DeleteItem (conditional writes). */
  readonly tables?: Partial<Record<TableName, 'read' | 'write'>>;
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
}

export type MeetingUse = 'join' | 'admit' | 'moderate' | 'remove' | 'end';

/** Participant and staff-or-participant routes read the consultation to check the session. */
const participant = { consultations: 'read' } as const;
/** Patient (portal) routes read the remembered device in `access` to check the session. */
const patient = { access: 'read' } as const;
/** Messages to a patient carry a new portal link (written to `access`) and go to the address on record. */
const toPatient = { patients: 'read', access: 'write' } as const;

export const operationNeeds: Readonly<Record<string, FunctionNeeds>> = {
  health: {},
  openApi: {},
  createPatient: { tables: { patients: 'write' } },
  searchPatients: { tables: { patients: 'read' } },
  getPatient: { tables: { patients: 'read' } },
  updatePatient: { tables: { patients: 'write' } },
  consultNow: {
    tables: { patients: 'read', consultations: 'write', access: 'write' },
    events: true,
    timers: true,
    notifier: true,
  },
  listConsultations: { tables: { consultations: 'read' } },
  getConsultation: { tables: { consultations: 'read' } },
  // Many let in at once get their attendees ahead, in batches of 100.
  admit: { tables: { consultations: 'write' }, events: true, meetings: 'admit' },
  // The appointment it held shows the outcome; the direct call it carried is over.
  endConsultation: {
    tables: { consultations: 'write', appointments: 'write' },
    events: true,
    meetings: 'end',
    integrations: true,
  },
  invite: { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
  encounter: { tables: { consultations: 'read' } },
  deviceCheck: { tables: { consultations: 'write' }, events: true },
  // Whoever leaves loses their attendees: their join tokens stop working.
  leave: { tables: { consultations: 'write' }, events: true, meetings: 'remove' },
  media: { tables: { consultations: 'write' }, meetings: 'join' },
  // The host's hand on the people of the call: back to the waiting room or out loses the attendees;
  // muting changes what attendees may send. The links of someone removed stop working.
  holdParticipant: { tables: { consultations: 'write' }, events: true, meetings: 'remove' },
  removeParticipant: { tables: { consultations: 'write' }, events: true, meetings: 'remove' },
  muteParticipant: { tables: { consultations: 'write' }, events: true, meetings: 'moderate' },
  stopParticipantVideo: { tables: { consultations: 'write' }, events: true, meetings: 'moderate' },
  muteOthers: { tables: { consultations: 'write' }, events: true, meetings: 'moderate' },
  extendLink: { tables: { consultations: 'write', access: 'read' }, events: true },
  revokeLink: { tables: { consultations: 'write', access: 'read' }, events: true },
  resendLink: { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
  join: { tables: { patients: 'read', consultations: 'write', access: 'read' }, events: true },
  verify: { tables: { patients: 'read', consultations: 'write', access: 'read' }, events: true },
  // Back from having left: any attendee left over is deleted.
  session: { tables: { consultations: 'write' }, events: true, meetings: 'remove' },
  feedback: { tables: { consultations: 'write' } },
  eventTicket: { tables: { ...participant, access: 'write' } },
  // Appointments: the clinician's side. Proposing also answers the patient's open requests.
  proposeAppointment: { tables: { ...toPatient, appointments: 'write' }, events: true, notifier: true },
  listAppointments: { tables: { appointments: 'read' } },
  getAppointment: { tables: { appointments: 'read' } },
  cancelAppointment: { tables: { ...toPatient, appointments: 'write', consultations: 'write' }, events: true, notifier: true },
  rescheduleAppointment: { tables: { ...toPatient, appointments: 'write', consultations: 'write' }, events: true, notifier: true },
  listAppointmentRequests: { tables: { appointments: 'read' } },
  // Call Patient: the consultation and the call, the ring timers, the portal rings.
  callPatient: { tables: { patients: 'read', consultations: 'write', appointments: 'write' }, events: true, timers: true },
  getDirectCall: { tables: { appointments: 'read' } },
  // Hanging up ends the meeting the clinician may be waiting in.
  cancelDirectCall: { tables: { consultations: 'write', appointments: 'write' }, events: true, meetings: 'end' },
  // The patient portal.
  revokePortalSessions: { tables: { patients: 'read', access: 'write' } },
  portalSignIn: { tables: { patients: 'read', access: 'write' } },
  portal: { tables: { ...patient, patients: 'read', appointments: 'read' } },
  portalSignOut: { tables: { access: 'write' } },
  portalEventTicket: { tables: { access: 'write' } },
  // Accepting makes the consultation, sends the extra people their links, arms reminders and the end.
  acceptAppointment: {
    tables: { ...patient, appointments: 'write', consultations: 'write', access: 'write' },
    events: true,
    timers: true,
    notifier: true,
  },
  rejectAppointment: { tables: { ...patient, appointments: 'write' }, events: true },
  joinAppointment: { tables: { ...patient, appointments: 'read', consultations: 'write' }, events: true },
  requestAppointment: { tables: { ...patient, patients: 'read', appointments: 'write' }, events: true },
  acknowledgeCall: { tables: { ...patient, appointments: 'write' } },
  acceptCall: { tables: { ...patient, appointments: 'write', consultations: 'write' }, events: true },
  // Declining sends the missed-call notice.
  rejectCall: { tables: { ...toPatient, appointments: 'write', consultations: 'write' }, events: true, notifier: true, meetings: 'end' },
};

/**
 * The timer task (handlers/timer.ts): re-reads the record and, when still due, records expiry,
 * sends reminders (a new link each) and missed-call notices, marks appointments missed and calls
 * unanswered (ending their meetings), and tells whoever listens. Reminders wait again by answering a due time: it starts
 * no timers itself.
 */
export const timerNeeds: FunctionNeeds = {
  tables: { consultations: 'write', access: 'write', appointments: 'write', patients: 'read' },
  events: true,
  notifier: true,
  // An unanswered call, or a consultation nobody came to, ends the meeting the clinician may be waiting in.
  meetings: 'end',
};

/** The events socket (handlers/websocket.ts): tickets, connections and relayed signals. */
export const webSocketNeeds: FunctionNeeds = { tables: { access: 'write' }, events: true };

export const needsOfRoute = (route: Route): FunctionNeeds => {
  const needs = operationNeeds[route.operation.id];
  if (!needs) {
    throw new Error(
      `The route table has ${route.operation.method} ${route.operation.path} (${route.operation.id}) but ` +
        'infra/aws/stateless/function-needs.ts does not say what it needs: add it to operationNeeds.',
    );
  }
  return needs;
};

const stronger = (a: 'read' | 'write' | undefined, b: 'read' | 'write') => (a === 'write' || b === 'write' ? 'write' : 'read');

/** What one function serving several routes (a handler file) needs: everything any of them needs. */
export const unionOfNeeds = (all: readonly FunctionNeeds[]): FunctionNeeds => {
  const tables: Partial<Record<TableName, 'read' | 'write'>> = {};
  for (const needs of all) {
    for (const [table, access] of Object.entries(needs.tables ?? {}) as [TableName, 'read' | 'write'][]) tables[table] = stronger(tables[table], access);
  }
  const meetings = [...new Set(all.flatMap((needs) => [needs.meetings ?? []].flat()))].sort();
  const any = (key: 'events' | 'timers' | 'notifier' | 'integrations') => all.some((needs) => needs[key]);
  return {
    ...(Object.keys(tables).length > 0 && { tables }),
    ...(any('events') && { events: true }),
    ...(any('timers') && { timers: true }),
    ...(any('notifier') && { notifier: true }),
    ...(any('integrations') && { integrations: true }),
    ...(meetings.length > 0 && { meetings }),
  };
};
