import { useCameraOn, useMediaSession, useMicrophoneOn } from '../../media/react/hooks.ts';

/** Microphone, camera and the way out. */
export const CallControls = ({ onEnd }: { onEnd: () => void }) => {
  const session = useMediaSession();
  const microphoneOn = useMicrophoneOn();
  const cameraOn = useCameraOn();
  return (
    <div className="call__controls" role="toolbar" aria-label="Call controls">
      <button
        className="button call__control"
        type="button"
        aria-pressed={!microphoneOn}
        onClick={() => session.setMicrophone(!microphoneOn)}
      >
        {microphoneOn ? 'Mute' : 'Unmute'}
      </button>
      <button className="button call__control" type="button" aria-pressed={!cameraOn} onClick={() => session.setCamera(!cameraOn)}>
        {cameraOn ? 'Camera off' : 'Camera on'}
      </button>
      <button className="button button--end call__control" type="button" onClick={onEnd}>
        End call
      </button>
    </div>
  );
};
