import { useState } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage.tsx';
import { PatientsPage } from '../patients/PatientsPage.tsx';

/** The clinician's home: their consultations first, then the patient directory to start another. */
export const HomePage = ({ token }: { token: string }) => {
  const [revision, setRevision] = useState(0);
  return (
    <>
      <DashboardPage token={token} revision={revision} />
      <PatientsPage token={token} onConsultNowSent={() => setRevision((n) => n + 1)} />
    </>
  );
};
