import { lazy, Suspense, useEffect, useState } from 'react';
import { leaveAsPageCloses, type ParticipantSession } from '../../api/participant.ts';
import { useEventStream, useEventStreamStatus } from '../../api/use-event-stream.ts';
import { PatientLayout } from '../../ui/PatientLayout.tsx';
import { ConsultationEnded } from './ConsultationEnded.tsx';
import { loadDeviceCheck } from './device-check/load.ts';
import { LinkProblem } from './LinkProblem.tsx';
import { deviceCheckDone, markDeviceCheckDone } from './session-store.ts';
import { useSessionState } from './use-session-state.ts';
import { WaitingRoom } from './WaitingRoom.tsx';

const loadCall = () => import('../call/PatientCall.tsx');
const PatientCall = lazy(() => loadCall().then((module) => ({ default: module.PatientCall })));
const DeviceCheck = lazy(() => loadDeviceCheck().then((module) => ({ default: module.DeviceCheck })));

/** Once through the identity check: waiting room, call, and the end, as the clinic moves things on. */
export const JoinedConsultation = ({ session }: { session: ParticipantSession }) => {
  const events = useEventStream(session.session);
  const connection = useEventStreamStatus(events);
  const { state, lost } = useSessionState(session, events);
  const [leftCall, setLeftCall] = useState(false);
  const [checked, setChecked] = useState(() => deviceCheckDone(session.participantId));

  // While they wait, fetch the call code so admission is instant.
  useEffect(() => {
    void loadCall().then((module) => module.preloadMedia());
  }, []);

  const hostName = state?.consultation.hostName ?? 'your clinician';
  const over = state && (state.consultation.status === 'ended' || state.consultation.status === 'cancelled');

  // Closing the page: the clinician sees them leave (their session brings them back to wait).
  useEffect(() => {
    if (over) return;
    const leave = () => leaveAsPageCloses(session.session);
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [session.session, over]);

  const admitted = state?.participant.state === 'admitted';
  const announcement = over
    ? 'The consultation has ended.'
    : admitted
      ? `${hostName} has let you in.`
      : state && !checked
        ? 'Check your camera and sound before the waiting room.'
        : state
        ? `You are in the waiting room. Waiting for ${hostName}.`
        : '';

  let view;
  if (lost) view = <PatientLayout><LinkProblem reason="session-over" /></PatientLayout>;
  else if (!state) view = <PatientLayout><p className="patient-card" role="status">Checking you in…</p></PatientLayout>;
  else if (over) view = <PatientLayout><ConsultationEnded session={session.session} /></PatientLayout>;
  else if (!checked && state.participant.state === 'waiting') {
    view = (
      <PatientLayout>
        <Suspense fallback={<p className="patient-card" role="status">Getting the device check ready…</p>}>
          <DeviceCheck
            session={session.session}
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
      <Suspense fallback={<p className="call call--message">Starting the call…</p>}>
        <PatientCall
          consultationId={session.consultationId}
          session={session.session}
          events={events}
          hostName={hostName}
          self={{ name: state.participant.displayName, role: state.participant.role }}
          onLeave={() => setLeftCall(true)}
        />
      </Suspense>
    );
  } else if (admitted) {
    view = (
      <PatientLayout>
        <section className="patient-card">
          <h1>You left the call</h1>
          <p>{hostName} can still see that you were in the consultation. You can go back in while it is open.</p>
          <button className="button button--primary button--block" type="button" onClick={() => setLeftCall(false)}>
            Rejoin the call
          </button>
        </section>
      </PatientLayout>
    );
  } else view = <PatientLayout><WaitingRoom hostName={hostName} connection={connection} /></PatientLayout>;

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {view}
    </>
  );
};
