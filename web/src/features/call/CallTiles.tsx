import { useTranslation } from 'react-i18next';
import type { RemotePeer } from '../../media/media-session.ts';
import { useLocalMedia, useLocalStream } from '../../media/react/hooks.ts';
import { VideoTile } from '../../ui/VideoTile.tsx';
import {
  type Identity,
  remoteStatus,
  roleLabel,
  selfStatus,
  statusWords,
  type TileStatus,
} from './people.ts';

const Caption = ({
  name,
  role,
  status,
  self = false,
}: {
  name: string;
  role?: string | undefined;
  status: TileStatus;
  self?: boolean;
}) => (
  <>
    <span className="video-tile__name">
      {name}
      {role && <span className="video-tile__role"> · {role}</span>}
    </span>
    {statusWords(status, self).map((word) => (
      <span key={word} className="video-tile__flag" data-testid="tile-flag">
        {word}
      </span>
    ))}
  </>
);

/** Another person: their picture (or initials), name and role, and what is off or wrong. */
export const RemoteTile = ({ peer, identity }: { peer: RemotePeer; identity: Identity }) => {
  const status = remoteStatus(peer);
  const role = roleLabel(identity.role);
  return (
    <VideoTile
      stream={peer.stream}
      label={role ? `${identity.name}, ${role}` : identity.name}
      caption={<Caption name={identity.name} role={role} status={status} />}
      pictureOff={status.cameraOff || !peer.stream}
      unmirrored
      data-testid="remote-video"
      data-peer-id={peer.id}
      tileProps={{
        'data-testid': 'remote-tile',
        'data-peer-id': peer.id,
        'data-connection': peer.connection,
      }}
    >
      {status.connection && (
        <p className="video-tile__status" data-testid="tile-status">
          {status.connection}
        </p>
      )}
    </VideoTile>
  );
};

/** The screen someone shares, in a tile of its own beside the cameras. */
export const ShareTile = ({ peer, identity }: { peer: RemotePeer; identity: Identity }) => {
  const { t } = useTranslation('call');
  const label = t('media.screenOf', { name: identity.name });
  return (
    <VideoTile
      stream={peer.screen}
      label={label}
      unmirrored
      className="call__share"
      data-testid="share-video"
      data-peer-id={peer.id}
      tileProps={{ 'data-testid': 'share-tile', 'data-peer-id': peer.id }}
    />
  );
};

/** This person, small in a corner. */
export const SelfTile = () => {
  const { t } = useTranslation('call');
  const stream = useLocalStream();
  const local = useLocalMedia();
  const status = selfStatus(local);
  return (
    <VideoTile
      self
      stream={stream}
      label={t('you')}
      caption={<Caption name={t('you')} status={status} self />}
      pictureOff={status.cameraOff}
      className="call__self"
      data-testid="self-video"
      tileProps={{ 'data-testid': 'self-tile' }}
    >
      {status.connection && <p className="video-tile__status">{status.connection}</p>}
    </VideoTile>
  );
};
