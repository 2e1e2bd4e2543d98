import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Portal, readPortal } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';

export interface PortalView {
  readonly portal: Portal | undefined;
  readonly problem: string | undefined;
  /** The session is no longer accepted (signed out elsewhere, revoked by the clinic, expired). */
  readonly lost: boolean;
  readonly refresh: () => void;
}

const pollMs = 60_000;

/** The patient's to-do list, appointments and missed calls; read again on demand and every minute. */
export const usePortal = (session: string): PortalView => {
  const { t } = useTranslation('portal');
  const [portal, setPortal] = useState<Portal>();
  const [problem, setProblem] = useState<string>();
  const [lost, setLost] = useState(false);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    const read = () =>
      readPortal(session).then(
        (answer) => {
          if (!current) return;
          setPortal(answer);
          setProblem(undefined);
        },
        (error: unknown) => {
          if (!current) return;
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) setLost(true);
          else setProblem(error instanceof ApiError ? error.message : t('notLoaded'));
        },
      );
    const timer = setTimeout(() => void read(), revision === 0 ? 0 : 150); // a burst of events makes one read
    const poll = setInterval(() => void read(), pollMs);
    return () => {
      current = false;
      clearTimeout(timer);
      clearInterval(poll);
    };
  }, [session, revision, t]);

  return { portal, problem, lost, refresh: () => setRevision((n) => n + 1) };
};
