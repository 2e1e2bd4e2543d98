import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffSession } from '../auth/staff-session.ts';
import { siteConfig } from '../config.ts';
import { HomePage, OutboxPage, PortalPage, SignInPage, StaffCallPage } from './pages.ts';
import { StaffLayout, StaffOnly } from './StaffArea.tsx';

const Loading = () => {
  const { t } = useTranslation();
  return (
    <p className="page muted" role="status">
      {t('loading')}
    </p>
  );
};

const callPath = /^\/call\/([A-Za-z0-9_-]{8,64})$/;

/**
 * Every route but /join, loaded after it: /portal and /portal/book (the patient's appointments),
 * /sign-in, /outbox (local runtime), /call/<consultationId> and / (the clinician's
 * consultations, appointments and patients). The join page, which a patient opens first,
 * carries none of it.
 */
export const OtherRoutes = ({ path }: { path: string }) => {
  const session = useStaffSession();
  if (path === '/portal' || path === '/portal/book') {
    return (
      <Suspense fallback={<Loading />}>
        <PortalPage />
      </Suspense>
    );
  }

  const call = callPath.exec(path);
  let page;
  if (path === '/sign-in' || path === '/auth/callback') page = <SignInPage />;
  else if (path === '/outbox' && siteConfig().mode === 'local') {
    page = (
      <StaffLayout session={session}>
        <OutboxPage token={session?.token} />
      </StaffLayout>
    );
  } else if (call) {
    page = <StaffOnly>{(staff) => <StaffCallPage key={call[1]} consultationId={call[1]!} token={staff.token} staffName={staff.name} />}</StaffOnly>;
  } else {
    page = (
      <StaffOnly>
        {(staff) => (
          <StaffLayout session={staff}>
            <HomePage token={staff.token} groups={staff.groups} />
          </StaffLayout>
        )}
      </StaffOnly>
    );
  }
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
};
