import type { ReactNode } from 'react';
import { useLocalStream, useRemoteStreams } from '../../media/react/hooks.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { VideoTile } from '../../ui/VideoTile.tsx';
import { CallControls } from './CallControls.tsx';

interface CallStageProps {
  /** The name to show for a peer. */
  readonly nameOf: (peerId: string) => string;
  /** What to say while nobody else is in the call yet. */
  readonly alone: string;
  readonly onEnd: () => void;
  /** Banners over the call (someone waiting, connection trouble). */
  readonly children?: ReactNode;
}

/** The call screen: the others large, yourself small in a corner, controls along the bottom. */
export const CallStage = ({ nameOf, alone, onEnd, children }: CallStageProps) => {
  useDocumentTitle('Video call');
  const local = useLocalStream();
  const remote = [...useRemoteStreams()];
  return (
    <main className="call" aria-label="Video call">
      <h1 className="visually-hidden">Video call</h1>
      <div className={`call__remote call__remote--${Math.min(remote.length, 4)}`}>
        {remote.map(([peerId, stream]) => (
          <VideoTile key={peerId} stream={stream} label={nameOf(peerId)} data-testid="remote-video" data-peer-id={peerId} />
        ))}
      </div>
      <p className={remote.length === 0 ? 'call__status' : 'visually-hidden'} role="status">
        {remote.length === 0 ? alone : `In the call with ${remote.map(([peerId]) => nameOf(peerId)).join(', ')}`}
      </p>
      <VideoTile self stream={local} label="You" className="call__self" data-testid="self-video" />
      {children && <div className="call__banners">{children}</div>}
      <CallControls onEnd={onEnd} />
    </main>
  );
};
