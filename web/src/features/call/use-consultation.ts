import { applyConsultationEvent, type Consultation, isConsultationOver, operations } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { call } from '../../api/client.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import { useHeldByEvents } from '../../api/use-held-by-events.ts';

/**
 * One consultation as staff see it: fetched once, then changed by what its events say. Once it
 * is over it is fetched again, with its outcome and everyone's part in it settled.
 */
export const useConsultation = (id: string, token: string, events: EventStream | undefined): Consultation | undefined => {
  const load = () => call(operations.getConsultation, { params: { id }, token });
  const { held, reload } = useHeldByEvents(events, load, applyConsultationEvent, `${id} ${token}`);
  useServerEvents(events, (event) => {
    if (event.type === 'consultation-changed' && event.consultationId === id && isConsultationOver(event.status)) reload();
  });
  return held;
};
