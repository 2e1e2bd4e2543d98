import { useState } from 'react';
import type { EventStream } from '../../api/events.ts';
import { useEventStreamStatus } from '../../api/use-event-stream.ts';
import type { RemotePeer, SelfDescription } from '../../media/media-session.ts';
import { MediaSessionProvider } from '../../media/react/MediaSessionProvider.tsx';
import { CallMessage } from './CallMessage.tsx';
import { CallStage } from './CallStage.tsx';
import { PeoplePanel, type PersonRow } from './PeoplePanel.tsx';
import { connectionWords, type Identify, remoteStatus, roleLabel, selfStatus, statusWords } from './people.ts';
import { useCallMedia } from './use-call-media.ts';

export { preloadMedia } from './use-call-media.ts';

interface PatientCallProps {
  readonly consultationId: string;
  readonly session: string;
  readonly events: EventStream;
  readonly hostName: string;
  readonly self: SelfDescription;
  readonly onLeave: () => void;
}

/** The others say who they are with their media state; the clinician is known by name already. */
const identifyFor =
  (hostName: string): Identify =>
  (_peerId, peer) => ({
    name: peer?.media?.name ?? (peer?.media?.role === 'clinician' ? hostName : 'Connecting…'),
    role: peer?.media?.role,
  });

const peopleOf = (identify: Identify, peers: ReadonlyMap<string, RemotePeer>, self: PersonRow): PersonRow[] => [
  self,
  ...[...peers.values()].map((peer) => ({
    id: peer.id,
    name: identify(peer.id, peer).name,
    role: roleLabel(peer.media?.role),
    state: peer.connection === 'connected' || peer.connection === 'poor' ? 'In the call' : connectionWords[peer.connection],
    details: statusWords(remoteStatus(peer)),
  })),
];

/** The patient (or anyone invited) in the call once admitted. No schema library on this path. */
export const PatientCall = ({ consultationId, session, events, hostName, self, onLeave }: PatientCallProps) => {
  const [description] = useState(() => self);
  const media = useCallMedia(consultationId, session, events, description);
  const connection = useEventStreamStatus(events);
  if (media.status === 'starting') return <CallMessage title="Starting your camera and microphone…" />;
  if (media.status === 'problem') {
    return (
      <CallMessage title="The call could not start">
        <p>{media.message}</p>
        <button className="button button--primary" type="button" onClick={media.retry}>
          Try again
        </button>
      </CallMessage>
    );
  }
  const identify = identifyFor(hostName);
  return (
    <MediaSessionProvider session={media.session}>
      <CallStage
        identify={identify}
        alone={`Connecting you to ${hostName}…`}
        onEnd={onLeave}
        endLabel="Leave call"
        connection={connection}
        people={(panelId, close) => (
          <PeoplePanel
            id={panelId}
            onClose={close}
            people={peopleOf(identify, media.session.peers, {
              id: 'you',
              name: `${description.name || 'You'} (you)`,
              role: roleLabel(description.role),
              state: 'In the call',
              details: statusWords(selfStatus(media.session.local), true),
            })}
          />
        )}
      />
    </MediaSessionProvider>
  );
};
