import { lazy, Suspense, useState } from 'react';
import { useEventStream } from '../../api/use-event-stream.ts';
import { AppointmentsSection } from '../appointments/index.ts';
import { DashboardPage } from '../dashboard/index.ts';
import { PatientsPage } from '../patients/index.ts';

const MemberRooms = lazy(() => import('../meeting-rooms/index.ts').then((m) => ({ default: m.MemberRooms })));
const AdminConsole = lazy(() => import('../admin/index.ts').then((m) => ({ default: m.AdminConsole })));

/**
 * The console, by role: a clinician's consultations first, then the patient directory to start
 * another, then appointments (one events socket serves them); a meeting room member's rooms; an
 * administrator's management of the rooms. Nobody is offered what they may not do.
 */
export const HomePage = ({ token, groups }: { token: string; groups: readonly string[] }) => (
  <>
    {groups.includes('clinician') && <ClinicianHome token={token} canErase={groups.includes('admin')} />}
    <Suspense>
      {groups.includes('meeting-room-member') && <MemberRooms token={token} />}
      {groups.includes('admin') && <AdminConsole token={token} />}
    </Suspense>
  </>
);

const ClinicianHome = ({ token, canErase }: { token: string; canErase: boolean }) => {
  const [revision, setRevision] = useState(0);
  const [appointmentsRevision, setAppointmentsRevision] = useState(0);
  const events = useEventStream(token);
  return (
    <>
      <DashboardPage token={token} revision={revision} events={events} />
      {/* The directory before the appointments: Consult Now is in sight without scrolling. */}
      <PatientsPage
        token={token}
        events={events}
        onConsultNowSent={() => setRevision((n) => n + 1)}
        onProposed={() => setAppointmentsRevision((n) => n + 1)}
        canErase={canErase}
      />
      <AppointmentsSection token={token} events={events} revision={appointmentsRevision} />
    </>
  );
};
