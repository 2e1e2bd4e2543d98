import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStreamStatus } from '../../api/events.ts';
import { warmUpLocalMedia } from '../../media/warm-up.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/** A calm page: who the person waits for, that they know, and to keep the page open. */
export const WaitingRoom = ({
  hostName,
  connection,
}: {
  hostName: string;
  connection: EventStreamStatus;
}) => {
  const { t } = useTranslation('join');
  useDocumentTitle(t('waitingRoom.pageTitle'));
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
      <h1 id="waiting-room-title">{t('waitingRoom.title')}</h1>
      <p className="waiting-room__lead">{t('waitingRoom.lead', { name: hostName })}</p>
      <p className="muted">{t('waitingRoom.next', { name: hostName })}</p>
      <video
        ref={preview}
        className="waiting-room__preview"
        autoPlay
        playsInline
        muted
        aria-label={t('waitingRoom.preview')}
        data-testid="self-preview"
      />
      {connection === 'reconnecting' && (
        <p className="notice" role="status">
          {t('waitingRoom.reconnecting')}
        </p>
      )}
    </section>
  );
};
