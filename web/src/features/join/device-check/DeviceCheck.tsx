import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceCheck as DeviceCheckResult } from '@clinicall/shared';
import { reportDeviceCheck } from '../../../api/participant.ts';
import { warmUpLocalMedia } from '../../../media/warm-up.ts';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { measureRoundTrips } from './connection-check.ts';
import {
  type CameraResult,
  connectionResult,
  deviceResult,
  microphoneResult,
} from './device-check-result.ts';
import { playTestSound } from './speaker-test.ts';
import { useMicrophoneLevel } from './use-microphone-level.ts';

interface Devices {
  readonly stream: MediaStream | undefined;
  readonly camera: CameraResult;
  readonly microphone: 'ok' | 'missing' | 'blocked';
}

/** The camera and microphone started for the waiting room and the call (one permission prompt). */
const startDevices = async (): Promise<Devices> => {
  const stream = await warmUpLocalMedia().catch(() => undefined);
  const devices = (await navigator.mediaDevices?.enumerateDevices().catch(() => [])) ?? [];
  const count = (kind: MediaDeviceKind) => devices.filter((device) => device.kind === kind).length;
  return {
    stream,
    camera: deviceResult(stream?.getVideoTracks()[0], count('videoinput')),
    microphone: deviceResult(stream?.getAudioTracks()[0], count('audioinput')),
  };
};

const Check = ({ title, result, children }: { title: string; result: string; children?: ReactNode }) => (
  <section className="device-check__item" aria-label={title}>
    <h2>{title}</h2>
    {children}
    <p className="device-check__result">{result}</p>
  </section>
);

type Speaker = DeviceCheckResult['speaker'] | 'playing' | 'asking';

interface Checking {
  readonly devices: Promise<Devices>;
  readonly connection: Promise<unknown>;
  /** The round trips measured so far. */
  readonly trips: (number | undefined)[];
}

/** The connection check gets 2.5 s more to finish; else what was measured counts (nothing yet: poor). */
const measuredSoFar = async (
  checking: Checking | undefined,
): Promise<ReturnType<typeof connectionResult>> => {
  await Promise.race([checking?.connection, new Promise((resolve) => setTimeout(resolve, 2500))]);
  return checking?.trips.length ? connectionResult(checking.trips) : { connection: 'poor' };
};

/**
 * Before the waiting room: camera preview, microphone level, a test sound and the connection to
 * the service. One button goes on whatever was tested; the clinician sees a one-line summary.
 */
export const DeviceCheck = ({
  session,
  onDone,
  straightIn = false,
}: {
  session: string;
  onDone: () => void;
  /** No waiting room follows (a meeting room): the button says they go in. */
  straightIn?: boolean;
}) => {
  const { t } = useTranslation('join', { keyPrefix: 'deviceCheck' });
  const yesNo = useTranslation('ui').t;
  useDocumentTitle(t('title'));
  const preview = useRef<HTMLVideoElement>(null);
  const [devices, setDevices] = useState<Devices>();
  const [speaker, setSpeaker] = useState<Speaker>('not-tested');
  const [connection, setConnection] = useState<ReturnType<typeof connectionResult>>();
  const [sending, setSending] = useState(false);
  const microphoneTrack = devices?.stream?.getAudioTracks()[0];
  const level = useMicrophoneLevel(microphoneTrack);

  // What is still being checked when the person goes on (they need not wait for it all).
  const checking = useRef<Checking>(undefined);
  useEffect(() => {
    let current = true;
    const trips: (number | undefined)[] = [];
    const devicesStarted = startDevices().then((found) => {
      if (current) setDevices(found);
      if (current && preview.current && found.stream) preview.current.srcObject = found.stream;
      return found;
    });
    const connectionChecked = measureRoundTrips(trips).then(
      (all) => current && setConnection(connectionResult(all)),
    );
    checking.current = { devices: devicesStarted, connection: connectionChecked, trips };
    return () => {
      current = false;
    };
  }, []);

  const testSound = () => {
    setSpeaker('playing');
    playTestSound().then(
      () => setSpeaker('asking'),
      () => setSpeaker('asking'),
    );
  };

  const finish = async () => {
    setSending(true);
    // Gone on early: the devices are a moment away, the connection check nearly done.
    const found = devices ?? (await checking.current?.devices);
    const measured = connection ?? (await measuredSoFar(checking.current));
    const check: DeviceCheckResult = {
      camera: found?.camera ?? 'blocked',
      microphone: microphoneResult(found?.microphone ?? 'blocked', level.loudest, level.listenedMs),
      speaker: speaker === 'ok' || speaker === 'not-heard' ? speaker : 'not-tested',
      connection: measured.connection,
      ...(measured.roundTripMs !== undefined && { roundTripMs: measured.roundTripMs }),
    };
    // The clinician's card shows it; going on does not wait long for it.
    await Promise.race([
      reportDeviceCheck(session, check).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 2500)),
    ]);
    onDone();
  };

  const microphone = devices
    ? microphoneResult(devices.microphone, level.loudest, level.listenedMs)
    : undefined;
  return (
    <section className="patient-card device-check" aria-labelledby="device-check-title">
      <h1 id="device-check-title">{t('title')}</h1>
      <p>{t('intro')}</p>

      <Check
        title={t('camera.title')}
        result={devices ? t(`camera.${devices.camera}`) : t('camera.starting')}
      >
        <video
          ref={preview}
          className="waiting-room__preview"
          autoPlay
          playsInline
          muted
          aria-label={t('camera.preview')}
          data-testid="device-check-preview"
        />
      </Check>

      <Check
        title={t('microphone.title')}
        result={!microphone ? t('microphone.starting') : t(`microphone.${microphone}`)}
      >
        <div
          className="device-check__meter"
          role="meter"
          aria-label={t('microphone.level')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(level.level * 100)}
          data-testid="microphone-meter"
          data-loudest={level.loudest.toFixed(3)}
        >
          <div className="device-check__meter-bar" style={{ width: `${Math.round(level.level * 100)}%` }} />
        </div>
      </Check>

      <Check
        title={t('sound.title')}
        result={
          speaker === 'ok'
            ? t('sound.ok')
            : speaker === 'not-heard'
              ? t('sound.notHeard')
              : t('sound.notTested')
        }
      >
        {speaker === 'asking' ? (
          <div className="device-check__question" role="group" aria-labelledby="heard-question">
            <p id="heard-question">{t('sound.heard')}</p>
            <div className="actions">
              <button className="button" type="button" onClick={() => setSpeaker('ok')}>
                {yesNo('yes')}
              </button>
              <button className="button" type="button" onClick={() => setSpeaker('not-heard')}>
                {yesNo('no')}
              </button>
            </div>
          </div>
        ) : (
          <button className="button" type="button" disabled={speaker === 'playing'} onClick={testSound}>
            {speaker === 'playing'
              ? t('sound.playing')
              : speaker === 'not-tested'
                ? t('sound.play')
                : t('sound.again')}
          </button>
        )}
      </Check>

      <Check
        title={t('connection.title')}
        result={!connection ? t('connection.checking') : t(`connection.${connection.connection}`)}
      />

      <button
        className="button button--primary button--block"
        type="button"
        disabled={sending}
        onClick={() => void finish()}
      >
        {sending ? t(straightIn ? 'goingIn' : 'going') : t(straightIn ? 'enterRoom' : 'continue')}
      </button>
    </section>
  );
};
