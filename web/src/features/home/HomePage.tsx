import { useState } from 'react';
import { useEventStream } from '../../api/use-event-stream.ts';
import { AppointmentsSection } from '../appointments/index.ts';
import { DashboardPage } from '../dashboard/index.ts';
import { PatientsPage } from '../patients/index.ts';

/**
 * The clinician's home: their consultations first, then appointments, then the patient
 * directory to start another. One events socket serves the whole page.
 */
export const HomePage = ({ token }: { token: string }) => {
  const [revision, setRevision] = useState(0);
  const [appointmentsRevision, setAppointmentsRevision] = useState(0);
  const events = useEventStream(token);
  return (
    <>
      <DashboardPage token={token} revision={revision} events={events} />
      <AppointmentsSection token={token} events={events} revision={appointmentsRevision} />
      <PatientsPage
        token={token}
        events={events}
        onConsultNowSent={() => setRevision((n) => n + 1)}
        onProposed={() => setAppointmentsRevision((n) => n + 1)}
      />
    </>
  );
};
