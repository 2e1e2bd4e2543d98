import { paths } from '../paths.ts';
import { EventTicketRequest } from '../schemas/events.ts';
import { EventTicket } from '../schemas/join.ts';
import { type Operation, operation } from './operation.ts';

/** Real-time events for staff and participants. */
export const eventOperations = {
  eventTicket: operation({
    id: 'eventTicket',
    method: 'POST',
    path: paths.eventTicket,
    auth: 'staff-or-participant',
    summary:
      'A short-lived, single-use ticket to open the events WebSocket (/api/events, offered as the subprotocol `ticket.<ticket>` beside `clinicall.events`); staff may name a consultation to hear it (and signal in its call)',
    body: EventTicketRequest,
    response: EventTicket,
    status: 201,
  }),
} as const satisfies Record<string, Operation>;
