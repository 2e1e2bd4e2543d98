import { type ReactNode, useEffect } from 'react';
import { signOut, type StaffSession, useStaffSession } from '../auth/staff-session.ts';
import { siteConfig } from '../config.ts';
import { Layout } from '../ui/Layout.tsx';
import { Link, navigate, usePath } from './router.tsx';

const NavLink = ({ href, children }: { href: string; children: ReactNode }) => {
  const current = usePath() === href;
  return (
    <Link className="topbar__link" href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
};

/** The staff header: pages, who is signed in, sign out. */
export const StaffLayout = ({ session, children }: { session: StaffSession | undefined; children: ReactNode }) => (
  <Layout
    links={
      <>
        {session && <NavLink href="/">Consultations</NavLink>}
        {siteConfig().mode === 'local' && <NavLink href="/outbox">Outbox</NavLink>}
      </>
    }
    actions={
      session ? (
        <>
          <span className="muted">{session.name}</span>
          <button className="button button--quiet" type="button" onClick={signOut}>
            Sign out
          </button>
        </>
      ) : (
        <Link className="button button--quiet" href="/sign-in">
          Staff sign-in
        </Link>
      )
    }
  >
    {children}
  </Layout>
);

/** Staff pages need a signed-in session; without one they lead to sign-in. */
export const StaffOnly = ({ children }: { children: (session: StaffSession) => ReactNode }) => {
  const session = useStaffSession();
  useEffect(() => {
    if (!session) navigate('/sign-in', { replace: true });
  }, [session]);
  return session ? children(session) : null;
};
