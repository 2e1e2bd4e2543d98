import { useEffect, useState } from 'react';
import { isConsultationOver, operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { useEventStream } from '../../api/use-event-stream.ts';
import { Link, navigate } from '../../app/router.tsx';
import { MediaSessionProvider } from '../../media/react/MediaSessionProvider.tsx';
import { CallMessage } from './CallMessage.tsx';
import { CallStage } from './CallStage.tsx';
import { type OutcomeAnswer, OutcomeDialog } from './OutcomeDialog.tsx';
import { forgetPreparedCall, preparedCall } from './prepare-call.ts';
import { useCallMedia } from './use-call-media.ts';
import { useConsultation } from './use-consultation.ts';
import { WaitingBanner } from './WaitingBanner.tsx';

export { preloadMedia } from './use-call-media.ts';

/** The clinician in a consultation's call (/call/<id>); ending it records the outcome. */
export const StaffCallPage = ({ consultationId, token }: { consultationId: string; token: string }) => {
  // What pressing Admit already started (socket, credentials, camera), if anything.
  const [prepared] = useState(() => preparedCall(consultationId));
  useEffect(() => () => forgetPreparedCall(consultationId), [consultationId]);
  const events = useEventStream(token, consultationId, prepared?.events);
  const media = useCallMedia(consultationId, token, events, prepared?.credentials);
  const consultation = useConsultation(consultationId, token, events);
  const [ending, setEnding] = useState(false);

  const backToDashboard = (
    <Link className="button" href="/">
      Back to your consultations
    </Link>
  );
  if (consultation && isConsultationOver(consultation.status)) {
    return <CallMessage title="This consultation has ended">{backToDashboard}</CallMessage>;
  }
  if (media.status === 'starting') return <CallMessage title="Starting your camera and microphone…" />;
  if (media.status === 'problem') {
    return (
      <CallMessage title="The call could not start">
        <p>{media.message}</p>
        <div className="actions">
          <button className="button button--primary" type="button" onClick={media.retry}>
            Try again
          </button>
          {backToDashboard}
        </div>
      </CallMessage>
    );
  }

  const nameOf = (peerId: string) =>
    consultation?.participants.find((participant) => participant.id === peerId)?.displayName ?? 'Participant';
  const end = async (answer: OutcomeAnswer) => {
    await call(operations.endConsultation, { params: { id: consultationId }, body: answer, token });
    media.session.leave();
    navigate('/');
  };

  return (
    <MediaSessionProvider session={media.session}>
      <CallStage nameOf={nameOf} alone="Nobody else has joined the call yet." onEnd={() => setEnding(true)}>
        <WaitingBanner
          consultationId={consultationId}
          token={token}
          waiting={consultation?.participants.filter((participant) => participant.state === 'waiting') ?? []}
        />
      </CallStage>
      {ending && <OutcomeDialog onSubmit={end} onCancel={() => setEnding(false)} />}
    </MediaSessionProvider>
  );
};
