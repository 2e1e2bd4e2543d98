import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut, type StaffSession, useStaffSession } from '../auth/staff-session.ts';
import { siteConfig } from '../config.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
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

/** The staff header: pages, the console's language (remembered on this device), who is signed in, sign out. */
export const StaffLayout = ({ session, children }: { session: StaffSession | undefined; children: ReactNode }) => {
  const { t } = useTranslation('console');
  return (
    <Layout
      links={
        <>
          {session && <NavLink href="/">{session.groups.includes('clinician') ? t('nav.consultations') : t('nav.home')}</NavLink>}
          {siteConfig().mode === 'local' && <NavLink href="/outbox">{t('nav.outbox')}</NavLink>}
        </>
      }
      actions={
        <>
          <LanguageSwitch />
          {session ? (
            <>
              <span className="muted">{session.name}</span>
              <button className="button button--quiet" type="button" onClick={signOut}>
                {t('signOut')}
              </button>
            </>
          ) : (
            <Link className="button button--quiet" href="/sign-in">
              {t('staffSignIn')}
            </Link>
          )}
        </>
      }
    >
      {children}
    </Layout>
  );
};

/** Staff pages need a signed-in session; without one they lead to sign-in. */
export const StaffOnly = ({ children }: { children: (session: StaffSession) => ReactNode }) => {
  const session = useStaffSession();
  useEffect(() => {
    if (!session) navigate('/sign-in', { replace: true });
  }, [session]);
  return session ? children(session) : null;
};
