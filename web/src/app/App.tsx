import { useEffect } from 'react';
import { signOut, useStaffSession } from '../auth/staff-session.ts';
import { PatientsPage } from '../features/patients/PatientsPage.tsx';
import { SignInPage } from '../features/sign-in/SignInPage.tsx';
import { Layout } from '../ui/Layout.tsx';
import { navigate, usePath } from './router.tsx';

/** Staff pages need a signed-in session; without one they lead to sign-in. */
const StaffArea = () => {
  const session = useStaffSession();
  useEffect(() => {
    if (!session) navigate('/sign-in', { replace: true });
  }, [session]);
  if (!session) return null;
  return (
    <Layout
      actions={
        <>
          <span className="muted">{session.name}</span>
          <button className="button button--quiet" type="button" onClick={signOut}>
            Sign out
          </button>
        </>
      }
    >
      <PatientsPage token={session.token} />
    </Layout>
  );
};

export const App = () => {
  const path = usePath();
  if (path === '/sign-in') return <SignInPage />;
  return <StaffArea />;
};
