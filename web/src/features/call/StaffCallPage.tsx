import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { type Consultation, isConsultationOver, mainRoom, operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { useEventStream, useEventStreamStatus } from '../../api/use-event-stream.ts';
import { Link, navigate } from '../../app/router.tsx';
import { MediaSessionProvider } from '../../media/react/MediaSessionProvider.tsx';
import { GroupCallTools, GroupWaitingBanner } from '../groups/index.ts';
import { CallMessage } from './CallMessage.tsx';
import { CallStage } from './CallStage.tsx';
import { InviteDialog } from './InviteDialog.tsx';
import { type OutcomeAnswer, OutcomeDialog } from './OutcomeDialog.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { RoomMoveProblem } from './RoomMoveProblem.tsx';
import { forgetPreparedCall, preparedCall } from './prepare-call.ts';
import { staffIdentify, staffPeople } from './staff-people.ts';
import { useAdmit } from './use-admit.ts';
import { useCallMedia } from './use-call-media.ts';
import { useCallRoom } from './use-call-room.ts';
import { useConsultation } from './use-consultation.ts';
import { useModeration } from './use-moderation.ts';
import { WaitingBanner } from './WaitingBanner.tsx';

export { preloadMedia } from './use-call-media.ts';

interface StaffCallPageProps {
  readonly consultationId: string;
  readonly token: string;
  readonly staffName: string;
}

/** Alone in the call: whoever was in it and left is named, so the clinician knows they went. */
const aloneIn = (consultation: Consultation | undefined, t: TFunction<['call', 'dashboard']>): string => {
  const gone = (consultation?.participants ?? [])
    .filter((p) => p.state === 'left' && !p.staffId)
    .map((p) => p.displayName);
  return gone.length > 0 ? t('leftTheCall', { names: gone.join(', ') }) : t('nobodyYet');
};

/** The clinician in a consultation's call (/call/<id>); ending it records the outcome. */
export const StaffCallPage = ({ consultationId, token, staffName }: StaffCallPageProps) => {
  // The people list reads the dashboard's words for where someone is and what their device check found.
  const { t } = useTranslation(['call', 'dashboard']);
  const { t: groups } = useTranslation('groups');
  // What pressing Admit already started (socket, credentials, camera), if anything.
  const [prepared] = useState(() => preparedCall(consultationId));
  useEffect(() => () => forgetPreparedCall(consultationId), [consultationId]);
  const events = useEventStream(token, consultationId, prepared?.events);
  const connection = useEventStreamStatus(events);
  const [self] = useState(() => ({ name: staffName, role: 'clinician' }));
  const media = useCallMedia(consultationId, token, events, self, prepared?.credentials, undefined, prepared?.started);
  const consultation = useConsultation(consultationId, token, events);
  // A moderator visits a breakout room by being moved there: the media follows their own room
  // (until their own record is known, it stays where it is).
  const session = media.status === 'ready' ? media.session : undefined;
  const me = consultation?.participants.find((participant) => participant.id === session?.participantId);
  const roomMove = useCallRoom(session, consultationId, token, me ? (me.room ?? mainRoom) : session?.room);
  const admit = useAdmit(consultationId, token);
  const moderation = useModeration(consultationId, token);
  // Admit on the dashboard opened this page at once; its answer may still be on the way.
  const [admissionProblem, setAdmissionProblem] = useState<string>();
  useEffect(() => {
    prepared?.admission?.catch((error: unknown) =>
      setAdmissionProblem(error instanceof ApiError ? error.message : t('admitFailed')),
    );
  }, [prepared, t]);
  const [ending, setEnding] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [invitation, setInvitation] = useState<{ message: string; participantId: string }>();
  // The word on an invitation stays until that person arrives (or the host dismisses it).
  const invitedState = consultation?.participants.find((p) => p.id === invitation?.participantId)?.state;
  const invited =
    invitation && (invitedState === undefined || invitedState === 'invited') ? invitation.message : undefined;

  const backToDashboard = (
    <Link className="button" href="/">
      {t('backToConsultations')}
    </Link>
  );
  if (consultation && isConsultationOver(consultation.status)) {
    return <CallMessage title={t('ended')}>{backToDashboard}</CallMessage>;
  }
  if (media.status === 'starting') return <CallMessage title={t('starting')} />;
  if (media.status === 'problem') {
    return (
      <CallMessage title={t('couldNotStart')}>
        <p>{media.message}</p>
        <div className="actions">
          <button className="button button--primary" type="button" onClick={media.retry}>
            {t('tryAgain')}
          </button>
          {backToDashboard}
        </div>
      </CallMessage>
    );
  }

  const group = consultation?.type === 'group-consultation';
  // Handed over: the session goes on under the co-moderator; the former host leaves it.
  const handedOver = () => {
    media.session.leave();
    navigate('/');
  };

  const end = async (answer: OutcomeAnswer) => {
    await call(operations.endConsultation, { params: { id: consultationId }, body: answer, token });
    media.session.leave();
    navigate('/');
  };

  return (
    <MediaSessionProvider session={media.session}>
      <CallStage
        identify={staffIdentify(consultation)}
        alone={aloneIn(consultation, t)}
        onEnd={() => setEnding(true)}
        endLabel={group ? groups('endForEveryone') : t('endCall')}
        connection={connection}
        people={(panelId, close) => (
          <PeoplePanel
            id={panelId}
            people={staffPeople(consultation, media.session.peers)}
            onClose={close}
            onAdmit={admit.admit}
            onAction={moderation.act}
          >
            <button className="button button--block" type="button" onClick={moderation.muteOthers}>
              {t('moderation.muteOthers')}
            </button>
            {group ? (
              <GroupCallTools consultation={consultation} token={token} onHandedOver={handedOver} />
            ) : (
              <button
                className="button button--primary button--block"
                type="button"
                onClick={() => setInviting(true)}
              >
                {t('inviteSomeone')}
              </button>
            )}
          </PeoplePanel>
        )}
      >
        {group ? (
          // Up to 60 people may wait at once: one line, and the waiting list in the people panel.
          <GroupWaitingBanner
            count={consultation.participants.filter((participant) => participant.state === 'waiting').length}
          />
        ) : (
          <WaitingBanner
            waiting={
              consultation?.participants.filter((participant) => participant.state === 'waiting') ?? []
            }
            onAdmit={admit.admit}
          />
        )}
        {(admit.problem ?? moderation.problem ?? admissionProblem) && (
          <p className="call__banner" role="alert">
            {admit.problem ?? moderation.problem ?? admissionProblem}
          </p>
        )}
        <RoomMoveProblem move={roomMove} />
        {invited && (
          <p className="call__banner" role="status">
            {invited}{' '}
            <button className="button button--quiet" type="button" onClick={() => setInvitation(undefined)}>
              {t('dismiss')}
            </button>
          </p>
        )}
      </CallStage>
      {inviting && (
        <InviteDialog
          consultationId={consultationId}
          token={token}
          onCancel={() => setInviting(false)}
          onInvited={(message, participantId) => {
            setInviting(false);
            setInvitation({ message, participantId });
          }}
        />
      )}
      {ending && <OutcomeDialog onSubmit={end} onCancel={() => setEnding(false)} />}
    </MediaSessionProvider>
  );
};
