import { useEffect, useRef } from 'react';
import type { EventStreamStatus } from '../../api/events.ts';
import { warmUpLocalMedia } from '../../media/warm-up.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/** A calm page: who the person waits for, that they know, and to keep the page open. */
export const WaitingRoom = ({ hostName, connection }: { hostName: string; connection: EventStreamStatus }) => {
  useDocumentTitle('Waiting room');
  const preview = useRef<HTMLVideoElement>(null);
  // The camera starts while they wait: they see how they look, and admission is instant.
  useEffect(() => {
    let current = true;
    warmUpLocalMedia().then(
      (stream) => {
        if (current && preview.current) preview.current.srcObject = stream;
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <section className="patient-card waiting-room" aria-labelledby="waiting-room-title">
      <div className="waiting-room__pulse" aria-hidden="true" />
      <h1 id="waiting-room-title">You are in the waiting room</h1>
      <p className="waiting-room__lead">
        Waiting for {hostName}. They know you are here. Please keep this page open.
      </p>
      <p className="muted">
        When {hostName} lets you in, the call starts here. Your browser may ask to use your camera and microphone: please
        allow it.
      </p>
      <video
        ref={preview}
        className="waiting-room__preview"
        autoPlay
        playsInline
        muted
        aria-label="Your camera, as the clinician will see you"
        data-testid="self-preview"
      />
      {connection === 'reconnecting' && (
        <p className="notice" role="status">
          Your connection dropped. Reconnecting… You are still in the waiting room.
        </p>
      )}
    </section>
  );
};
