import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantSession } from '../../api/participant.ts';
import { type PortalSession, signOutOfPortal } from '../../api/portal.ts';
import { useEventStreamStatus } from '../../api/use-event-stream.ts';
import { navigate, usePath } from '../../app/router.tsx';
import { PatientLayout } from '../../ui/PatientLayout.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { saveSession } from '../join/index.ts';
import { BookAppointment } from './BookAppointment.tsx';
import './portal.css';
import { PortalHome } from './PortalHome.tsx';
import { PortalSignIn } from './PortalSignIn.tsx';
import { forgetPortalSession, savedPortalSession, savePortalSession } from './portal-session.ts';
import { capturePortalToken, forgetPortalToken, portalToken } from './portal-token.ts';
import { RingOverlay } from './RingOverlay.tsx';
import { unlockAudioOnFirstTap } from './ring-tone.ts';
import { usePortal } from './use-portal.ts';
import { usePortalEvents } from './use-portal-events.ts';

/** Why nobody is signed in: a reason the catalog words, or a link refused with the refusal's words. */
type SignedOutReason =
  { readonly kind: 'no-link' | 'by-you' | 'by-clinic' } | { readonly kind: 'refused'; readonly why: string };

type Signed =
  | { readonly kind: 'signed-in'; readonly session: PortalSession }
  | { readonly kind: 'signed-out'; readonly reason?: SignedOutReason };

const SignedOut = ({ reason = { kind: 'no-link' } }: { reason?: SignedOutReason | undefined }) => {
  const { t } = useTranslation('portal', { keyPrefix: 'signedOut' });
  const title = reason.kind === 'refused' ? t('refused') : t(`titles.${reason.kind}`);
  useDocumentTitle(title);
  return (
    <section className="patient-card" data-testid="portal-signed-out">
      <h1>{title}</h1>
      <p>{reason.kind === 'refused' ? reason.why : t(`why.${reason.kind}`)}</p>
      <p className="muted">{t('contact')}</p>
    </section>
  );
};

const signedOutByYou: SignedOutReason = { kind: 'by-you' };
const signedOutByClinic: SignedOutReason = { kind: 'by-clinic' };

/**
 * Into the waiting room or the call: the join feature takes over with the participant session,
 * as if a link had been opened (device check, waiting room, call).
 */
const enterConsultation = (participant: ParticipantSession) => {
  // Back here when it is over, so the next call can ring.
  saveSession(participant, '/portal');
  navigate('/join');
};

/** Signed in: the portal, kept live so the clinic's calls ring here. */
const SignedInPortal = ({
  session,
  onSignedOut,
}: {
  session: PortalSession;
  onSignedOut: (reason: SignedOutReason) => void;
}) => {
  const { t } = useTranslation('portal');
  const path = usePath();
  const { portal, problem, lost, refresh } = usePortal(session.session);
  const { events, ringing, stopRinging } = usePortalEvents(session.session, refresh);
  const connection = useEventStreamStatus(events);
  const [message, setMessage] = useState<string>();

  useEffect(unlockAudioOnFirstTap, []);
  // The session works: a link opened to get here has done its job (no date of birth needed).
  useEffect(() => {
    if (portal) forgetPortalToken();
  }, [portal]);
  useEffect(() => {
    if (lost) onSignedOut(signedOutByClinic);
  }, [lost, onSignedOut]);

  const signOut = () => {
    forgetPortalToken();
    void signOutOfPortal(session.session).catch(() => undefined);
    onSignedOut(signedOutByYou);
  };

  const booking = path === '/portal/book';
  const missedCallId = booking
    ? (new URLSearchParams(location.search).get('missedCall') ?? undefined)
    : undefined;

  return (
    <>
      <div inert={ringing !== undefined}>
        <PatientLayout>
          {message && !booking && (
            <div className="notice notice--success notice--dismissable" role="status">
              <span>{message}</span>
              <button className="button button--quiet" type="button" onClick={() => setMessage(undefined)}>
                {t('dismiss')}
              </button>
            </div>
          )}
          {problem && (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          )}
          {booking ? (
            <BookAppointment session={session.session} missedCallId={missedCallId} onSent={refresh} />
          ) : portal ? (
            <PortalHome
              session={session.session}
              portal={portal}
              connection={connection}
              onJoined={enterConsultation}
              onAnswered={(text) => {
                setMessage(text);
                refresh();
              }}
            />
          ) : (
            !problem && (
              <p className="patient-card" role="status">
                {t('loading')}
              </p>
            )
          )}
          <footer className="portal-footer">
            <button className="button button--quiet" type="button" onClick={signOut}>
              {t('signOut')}
            </button>
          </footer>
        </PatientLayout>
      </div>
      {ringing && (
        <RingOverlay
          key={ringing.callId}
          call={ringing}
          session={session.session}
          onAnswered={(participant) => {
            stopRinging();
            enterConsultation(participant);
          }}
          onClosed={() => {
            stopRinging();
            refresh();
          }}
        />
      )}
    </>
  );
};

const firstState = (): Signed => {
  const saved = savedPortalSession();
  return saved ? { kind: 'signed-in', session: saved } : { kind: 'signed-out' };
};

/** /portal#<token>: the patient's appointments, to-dos and missed calls; /portal/book asks for an appointment. */
export const PortalPage = () => {
  const [signed, setSigned] = useState<Signed>(firstState);
  const [token, setToken] = useState(portalToken);

  // Another link opened in this tab (only the fragment changes, so the page does not reload).
  useEffect(() => {
    const newLink = () => capturePortalToken() && setToken(portalToken());
    window.addEventListener('hashchange', newLink);
    return () => window.removeEventListener('hashchange', newLink);
  }, []);

  // A session no longer accepted, with a link just opened: that link signs in again.
  const onSignedOut = useCallback((reason: SignedOutReason) => {
    forgetPortalSession();
    setToken(portalToken());
    setSigned({ kind: 'signed-out', reason });
  }, []);

  if (signed.kind === 'signed-in')
    return <SignedInPortal session={signed.session} onSignedOut={onSignedOut} />;
  return (
    <PatientLayout>
      {token ? (
        <PortalSignIn
          token={token}
          onSignedIn={(session, remembered) => {
            savePortalSession(session, remembered);
            forgetPortalToken();
            setSigned({ kind: 'signed-in', session });
          }}
          onLinkRefused={(why) => {
            forgetPortalToken();
            setToken(undefined);
            setSigned({ kind: 'signed-out', reason: { kind: 'refused', why } });
          }}
        />
      ) : (
        <SignedOut reason={signed.reason} />
      )}
    </PatientLayout>
  );
};
