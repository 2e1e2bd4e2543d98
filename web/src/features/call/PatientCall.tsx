import type { EventStream } from '../../api/events.ts';
import { MediaSessionProvider } from '../../media/react/MediaSessionProvider.tsx';
import { CallMessage } from './CallMessage.tsx';
import { CallStage } from './CallStage.tsx';
import { useCallMedia } from './use-call-media.ts';

export { preloadMedia } from './use-call-media.ts';

interface PatientCallProps {
  readonly consultationId: string;
  readonly session: string;
  readonly events: EventStream;
  readonly hostName: string;
  readonly onLeave: () => void;
}

/** The patient (or anyone invited) in the call once admitted. No schema library on this path. */
export const PatientCall = ({ consultationId, session, events, hostName, onLeave }: PatientCallProps) => {
  const media = useCallMedia(consultationId, session, events);
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
  return (
    <MediaSessionProvider session={media.session}>
      <CallStage nameOf={() => hostName} alone={`Connecting you to ${hostName}…`} onEnd={onLeave} />
    </MediaSessionProvider>
  );
};
