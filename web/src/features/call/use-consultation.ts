import { useEffect, useState } from 'react';
import { type Consultation, operations } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { call } from '../../api/client.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';

/** One consultation as staff see it, fetched again whenever its events say something changed. */
export const useConsultation = (
  id: string,
  token: string,
  events: EventStream | undefined,
): Consultation | undefined => {
  const [consultation, setConsultation] = useState<Consultation>();
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    call(operations.getConsultation, { params: { id }, token }).then(
      (answer) => current && setConsultation(answer),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [id, token, revision]);

  const refresh = () => setRevision((n) => n + 1);
  useServerEvents(
    events,
    (event) =>
      event.type !== 'signal' && 'consultationId' in event && event.consultationId === id && refresh(),
    refresh,
  );
  return consultation;
};
