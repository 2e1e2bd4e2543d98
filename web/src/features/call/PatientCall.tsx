import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStream } from '../../api/events.ts';
import type { SessionState } from '../../api/participant.ts';
import { useEventStreamStatus } from '../../api/use-event-stream.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import type { RemotePeer, SelfDescription } from '../../media/media-session.ts';
import { MediaSessionProvider } from '../../media/react/MediaSessionProvider.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { CallMessage } from './CallMessage.tsx';
import { CallStage } from './CallStage.tsx';
import { type GroupCall, GroupBanners } from './GroupBanners.tsx';
import { PeoplePanel, type PersonRow } from './PeoplePanel.tsx';
import { RoomMoveProblem } from './RoomMoveProblem.tsx';
import {
  connectionWords,
  type Identify,
  remoteStatus,
  roleLabel,
  selfStatus,
  statusWords,
} from './people.ts';
import { useBroadcasts } from './use-broadcasts.ts';
import { useCallMedia } from './use-call-media.ts';
import type { StartedMedia } from '../../media/start-media.ts';
import { useCallRoom } from './use-call-room.ts';
import { useRaiseHand } from './use-raise-hand.ts';

export { preloadMedia } from './use-call-media.ts';

interface PatientCallProps {
  readonly consultationId: string;
  readonly session: string;
  readonly events: EventStream;
  readonly hostName: string;
  readonly self: SelfDescription;
  /** A meeting room: its warning stays on screen, and a guest hears whether anyone from the organisation is there. */
  readonly meetingRoom?: boolean;
  /** A meeting room's guest: whether anyone of the organisation is in the room, as the server counts it (their call ends without). */
  readonly staffPresent?: boolean | undefined;
  /** A group consultation: their room, its breakout rooms, the session's end, their hand. */
  readonly group?: GroupCall | undefined;
  /** The call started as their admission came (taken over once), if any; else the call starts here. */
  readonly started?: (() => StartedMedia | undefined) | undefined;
  /** Their session as their own action (raising a hand) left it. */
  readonly onSessionChanged?: (state: SessionState) => void;
  readonly onLeave: () => void;
}

/** The others say who they are with their media state; the clinician is known by name already. */
const identifyFor =
  (hostName: string): Identify =>
  (_peerId, peer) => ({
    name: peer?.media?.name ?? (peer?.media?.role === 'clinician' ? hostName : connectionWords('connecting')),
    role: peer?.media?.role,
  });

const peopleOf = (
  identify: Identify,
  peers: ReadonlyMap<string, RemotePeer>,
  self: PersonRow,
  inTheCall: string,
): PersonRow[] => [
  self,
  ...[...peers.values()].map((peer) => ({
    id: peer.id,
    name: identify(peer.id, peer).name,
    role: roleLabel(peer.media?.role),
    state:
      peer.connection === 'connected' || peer.connection === 'poor'
        ? inTheCall
        : connectionWords(peer.connection),
    details: statusWords(remoteStatus(peer)),
  })),
];

/** The patient (or anyone invited) in the call once admitted. No schema library on this path. */
export const PatientCall = ({
  consultationId,
  session,
  events,
  hostName,
  self,
  meetingRoom = false,
  staffPresent,
  group,
  started,
  onSessionChanged = () => undefined,
  onLeave,
}: PatientCallProps) => {
  const { t } = useTranslation('call');
  const [description] = useState(() => self);
  // In a group consultation the call starts in their room (after a lost connection too), and follows them when moved.
  const media = useCallMedia(consultationId, session, events, description, undefined, group?.room, started);
  const roomMove = useCallRoom(media.status === 'ready' ? media.session : undefined, consultationId, session, group?.room);
  const { broadcasts, dismiss } = useBroadcasts(events, consultationId);
  const hand = useRaiseHand(session, group?.handRaised ?? false, onSessionChanged);
  const connection = useEventStreamStatus(events);
  // A tap on Leave by mistake (or the phone's Back) must not end their part in the call at once.
  const [leaving, setLeaving] = useState(false);
  if (media.status === 'starting') return <CallMessage title={t('starting')} />;
  if (media.status === 'problem') {
    return (
      <CallMessage title={t('couldNotStart')}>
        <p>{media.message}</p>
        <button className="button button--primary" type="button" onClick={media.retry}>
          {t('tryAgain')}
        </button>
      </CallMessage>
    );
  }
  const identify = identifyFor(hostName);
  // The server says, as its watch over the room counts it: the others' media does not, and may never tell.
  const unattended = meetingRoom && description.role === 'guest' && staffPresent === false;
  const inBreakout = !!group?.room && group.room !== 'main';
  const alone = meetingRoom
    ? t(unattended ? 'room.noStaffYet' : 'room.nobodyHere')
    : inBreakout
      ? t('room.nobodyHere')
      : t('connectingTo', { name: hostName });
  return (
    <MediaSessionProvider session={media.session}>
      <CallStage
        identify={identify}
        alone={alone}
        hand={group && hand}
        onEnd={() => setLeaving(true)}
        endLabel={t('leaveCall')}
        connection={connection}
        people={(panelId, close) => (
          <PeoplePanel
            id={panelId}
            onClose={close}
            people={peopleOf(
              identify,
              media.session.peers,
              {
                id: 'you',
                name: t('youNamed', { name: description.name || t('you') }),
                role: roleLabel(description.role),
                state: t('inTheCall'),
                details: statusWords(selfStatus(media.session.local), true),
              },
              t('inTheCall'),
            )}
          >
            {/* The patient's one place for settings during the call: the page's language. */}
            <LanguageSwitch />
          </PeoplePanel>
        )}
      >
        {meetingRoom && (
          <p className="call__banner" data-testid="not-clinical">
            {t('room.warning')}
          </p>
        )}
        {unattended && media.session.peers.size > 0 && <p className="call__banner">{t('room.noStaffYet')}</p>}
        {group && <GroupBanners group={group} broadcasts={broadcasts} onDismiss={dismiss} />}
        {hand.failed && <p className="call__banner call__banner--trouble">{t('group.handFailed')}</p>}
        <RoomMoveProblem move={roomMove} />
      </CallStage>
      {leaving && (
        <Dialog title={t('leaveQuestion')} onClose={() => setLeaving(false)}>
          <div className="actions">
            <button className="button button--danger" type="button" onClick={onLeave}>
              {t('leaveConfirm')}
            </button>
            <button className="button" type="button" onClick={() => setLeaving(false)}>
              {t('stayInCall')}
            </button>
          </div>
        </Dialog>
      )}
    </MediaSessionProvider>
  );
};
