import { applyConsultationEvent, type Consultation, operations } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { call } from '../../api/client.ts';
import { useHeldByEvents } from '../../api/use-held-by-events.ts';

/** One consultation as staff see it: fetched once, then changed by what its events say. */
export const useConsultation = (id: string, token: string, events: EventStream | undefined): Consultation | undefined =>
  useHeldByEvents(events, () => call(operations.getConsultation, { params: { id }, token }), applyConsultationEvent, `${id} ${token}`)
    .held;
