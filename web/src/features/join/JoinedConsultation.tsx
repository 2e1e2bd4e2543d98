import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveAsPageCloses, leaveCall } from '../../api/participant.ts';
import { useEventStream, useEventStreamStatus } from '../../api/use-event-stream.ts';
import { PatientLayout } from '../../ui/PatientLayout.tsx';
import { loadCall, useCallCode } from './call-code.ts';
import { ConsultationEnded } from './ConsultationEnded.tsx';
import { loadDeviceCheck } from './device-check/load.ts';
import { LinkProblem } from './LinkProblem.tsx';
import { forgetSessionOnDevice } from './device-links.ts';
import { deviceCheckDone, type JoinedSession, markDeviceCheckDone } from './session-store.ts';
import { useSessionState } from './use-session-state.ts';
import { useAdmittedMedia } from './use-admitted-media.ts';
import { WaitingRoom } from './WaitingRoom.tsx';

const LazyPatientCall = lazy(() => loadCall().then((module) => ({ default: module.PatientCall })));
const DeviceCheck = lazy(() => loadDeviceCheck().then((module) => ({ default: module.DeviceCheck })));

/** Once through the identity check: waiting room, call, and the end, as the clinic moves things on. */
export const JoinedConsultation = ({ session }: { session: JoinedSession }) => {
  const { t } = useTranslation('join');
  const events = useEventStream(session.session);
  const connection = useEventStreamStatus(events);
  const [leftCall, setLeftCall] = useState(false);
  // Reading the session would bring them back: not while they have chosen to be out of the call.
  const { state, lost, refused, retry, update } = useSessionState(session, events, leftCall);
  /** Their leaving, heard by the server before they may come back. */
  const leaving = useRef<Promise<void>>(Promise.resolve());
  const admittedMedia = useAdmittedMedia(
    events,
    session,
    state && { name: state.participant.displayName, role: state.participant.role },
    !leftCall,
  );
  const [checked, setChecked] = useState(() => deviceCheckDone(session.participantId));

  // Fetched while they wait, so admission is instant.
  const PatientCall = useCallCode()?.PatientCall ?? LazyPatientCall;

  const hostName = state?.consultation.hostName ?? t('yourClinician');
  const over = state && (state.consultation.status === 'ended' || state.consultation.status === 'cancelled');

  // Closing the page: the clinician sees them leave (their session brings them back to wait).
  useEffect(() => {
    if (over) return;
    const leave = () => leaveAsPageCloses(session.session);
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [session.session, over]);

  // A session no longer accepted is no use for opening the link again.
  useEffect(() => {
    if (lost) forgetSessionOnDevice(session.session);
  }, [lost, session.session]);

  const admitted = state?.participant.state === 'admitted';
  const meetingRoom = state?.consultation.type === 'meeting-room';
  const announcement = over
    ? t('announce.ended')
    : admitted
      ? t('announce.admitted', { name: hostName })
      : state && !checked
        ? t('announce.deviceCheck')
        : state
          ? t('announce.waiting', { name: hostName })
          : '';

  let view;
  if (lost)
    view = (
      <PatientLayout>
        <LinkProblem reason="session-over" />
      </PatientLayout>
    );
  else if (!state && refused)
    view = (
      <PatientLayout>
        <section className="patient-card" role="alert">
          <p>{refused}</p>
          <button className="button button--primary button--block" type="button" onClick={retry}>
            {t('tryAgain')}
          </button>
        </section>
      </PatientLayout>
    );
  else if (!state)
    view = (
      <PatientLayout>
        <p className="patient-card" role="status">
          {t('checkingIn')}
        </p>
      </PatientLayout>
    );
  else if (over)
    view = (
      <PatientLayout>
        <ConsultationEnded session={session.session} returnTo={session.returnTo} />
      </PatientLayout>
    );
  // A meeting room's guest is in at once, and checks their camera and sound first all the same.
  else if (!checked && (state.participant.state === 'waiting' || (meetingRoom && admitted))) {
    view = (
      <PatientLayout>
        <Suspense
          fallback={
            <p className="patient-card" role="status">
              {t('deviceCheckLoading')}
            </p>
          }
        >
          <DeviceCheck
            session={session.session}
            straightIn={meetingRoom}
            onDone={() => {
              markDeviceCheckDone(session.participantId);
              setChecked(true);
            }}
          />
        </Suspense>
      </PatientLayout>
    );
  } else if (admitted && !leftCall && events) {
    view = (
      <Suspense fallback={<p className="call call--message">{t('startingCall')}</p>}>
        <PatientCall
          consultationId={session.consultationId}
          session={session.session}
          events={events}
          hostName={hostName}
          self={{ name: state.participant.displayName, role: state.participant.role }}
          meetingRoom={meetingRoom}
          staffPresent={state.consultation.staffPresent}
          group={
            state.consultation.type === 'group-consultation'
              ? {
                  room: state.participant.room,
                  breakout: state.consultation.breakout,
                  endsAt: state.consultation.endsAt,
                  handRaised: !!state.participant.handRaisedAt,
                }
              : undefined
          }
          started={admittedMedia.started}
          onSessionChanged={update}
          onLeave={() => {
            // The others see them go, as when the page closes; their session brings them back.
            leaving.current = leaveCall(session.session).catch(() => undefined);
            admittedMedia.forget();
            setLeftCall(true);
          }}
        />
      </Suspense>
    );
  } else if (leftCall) {
    view = (
      <PatientLayout>
        <section className="patient-card">
          <h1>{t('left.title')}</h1>
          <p>{t('left.body', { name: hostName })}</p>
          <button
            className="button button--primary button--block"
            type="button"
            onClick={() => void leaving.current.then(() => setLeftCall(false))}
          >
            {t('left.rejoin')}
          </button>
        </section>
      </PatientLayout>
    );
  } else
    view = (
      <PatientLayout>
        <WaitingRoom hostName={hostName} connection={connection} />
      </PatientLayout>
    );

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {view}
    </>
  );
};
