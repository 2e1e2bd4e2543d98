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
  /** Chime SDK meetings: 'join' finds or makes the meeting and an attendee; 'end' deletes it. */
  readonly meetings?: 'join' | 'end';
  /** Tells the organisation's systems of recorded encounters (EventBridge). */
  readonly integrations?: true;
}

/** Participant and staff-or-participant routes read the consultation to check the session. */
const participant = { consultations: 'read' } as const;

export const operationNeeds: Readonly<Record<string, FunctionNeeds>> = {
  health: {},
  openApi: {},
  createPatient: { tables: { patients: 'write' } },
  searchPatients: { tables: { patients: 'read' } },
  getPatient: { tables: { patients: 'read' } },
  consultNow: {
    tables: { patients: 'read', consultations: 'write', access: 'write' },
    events: true,
    timers: true,
    notifier: true,
  },
  listConsultations: { tables: { consultations: 'read' } },
  getConsultation: { tables: { consultations: 'read' } },
  admit: { tables: { consultations: 'write' }, events: true },
  endConsultation: { tables: { consultations: 'write' }, events: true, meetings: 'end', integrations: true },
  invite: { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
  encounter: { tables: { consultations: 'read' } },
  deviceCheck: { tables: { consultations: 'write' }, events: true },
  leave: { tables: { consultations: 'write' }, events: true },
  media: { tables: { consultations: 'write' }, meetings: 'join' },
  extendLink: { tables: { consultations: 'write', access: 'read' }, events: true },
  revokeLink: { tables: { consultations: 'write', access: 'read' }, events: true },
  resendLink: { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
  join: { tables: { patients: 'read', consultations: 'write', access: 'read' }, events: true },
  verify: { tables: { patients: 'read', consultations: 'write', access: 'read' }, events: true },
  session: { tables: { consultations: 'write' }, events: true },
  feedback: { tables: { consultations: 'write' } },
  eventTicket: { tables: { ...participant, access: 'write' } },
};

/** The timer task (handlers/timer.ts): re-reads the consultation, records expiry, tells the host. */
export const timerNeeds: FunctionNeeds = { tables: { consultations: 'write', access: 'write' }, events: true };

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
