import { type ReactNode, type VideoHTMLAttributes, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf } from './initials.ts';

interface VideoTileProps extends VideoHTMLAttributes<HTMLVideoElement> {
  readonly stream: MediaStream | undefined;
  /** Who this is, for people who cannot see the picture. */
  readonly label: string;
  /** Self view: silent (no echo) and mirrored, like a mirror. */
  readonly self?: boolean;
  /** A picture that must not be mirrored (a shared screen). */
  readonly unmirrored?: boolean;
  /** No picture to show (camera off): the initials instead. The sound still plays. */
  readonly pictureOff?: boolean;
  /** Shown under the picture: name, role, microphone and camera state. Defaults to the label. */
  readonly caption?: ReactNode;
  readonly className?: string;
  readonly tileProps?: Record<`data-${string}`, string | undefined>;
  /** Over the picture: "Reconnecting…" and the like. */
  readonly children?: ReactNode;
}


/** Shows one MediaStream. Knows nothing about how the stream was made. */
export const VideoTile = ({
  stream,
  label,
  self = false,
  unmirrored = false,
  pictureOff = false,
  caption,
  className,
  tileProps,
  children,
  ...video
}: VideoTileProps) => {
  const { t } = useTranslation('ui');
  const videoRef = useRef<HTMLVideoElement>(null);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const node = videoRef.current;
    if (!node) return;
    // `defaultMuted` is the `muted` attribute, which React does not render.
    node.defaultMuted = self;
    node.muted = self;
    if (node.srcObject !== (stream ?? null)) node.srcObject = stream ?? null;
    // Only the browser's autoplay rule needs a tap; a play() cut short by the next stream does not.
    if (stream) {
      node.play().then(
        () => setBlocked(false),
        (error: unknown) =>
          setBlocked(!self && error instanceof DOMException && error.name === 'NotAllowedError'),
      );
    }
  }, [stream, self]);

  const playAfterTap = () => {
    videoRef.current?.play().then(
      () => setBlocked(false),
      () => undefined,
    );
  };

  const mirrored = self && !unmirrored;
  return (
    <figure
      className={['video-tile', self && 'video-tile--self', pictureOff && 'video-tile--off', className]
        .filter(Boolean)
        .join(' ')}
      {...tileProps}
    >
      <video
        ref={videoRef}
        autoPlay
        playsInline
        muted={self}
        aria-label={label}
        className={mirrored ? 'video-tile__video video-tile__video--mirrored' : 'video-tile__video'}
        {...video}
      />
      {pictureOff && (
        <div className="video-tile__initials" aria-hidden="true">
          {initialsOf(label) || '?'}
        </div>
      )}
      {children}
      <figcaption className="video-tile__label">{caption ?? label}</figcaption>
      {blocked && (
        <button className="button button--primary video-tile__unblock" type="button" onClick={playAfterTap}>
          {t('tapToHear', { name: label })}
        </button>
      )}
    </figure>
  );
};
