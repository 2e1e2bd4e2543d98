import { type VideoHTMLAttributes, useEffect, useRef, useState } from 'react';

interface VideoTileProps extends VideoHTMLAttributes<HTMLVideoElement> {
  readonly stream: MediaStream | undefined;
  /** Who this is, for people who cannot see the picture. */
  readonly label: string;
  /** Self view: silent (no echo) and mirrored, like a mirror. */
  readonly self?: boolean;
  readonly className?: string;
}

/** Shows one MediaStream. Knows nothing about how the stream was made. */
export const VideoTile = ({ stream, label, self = false, className, ...video }: VideoTileProps) => {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const node = videoRef.current;
    if (!node) return;
    // `defaultMuted` is the `muted` attribute, which React does not render.
    node.defaultMuted = self;
    node.muted = self;
    if (node.srcObject !== (stream ?? null)) node.srcObject = stream ?? null;
    if (stream) node.play().then(() => setBlocked(false), () => setBlocked(!self));
  }, [stream, self]);

  const playAfterTap = () => {
    videoRef.current?.play().then(() => setBlocked(false), () => undefined);
  };

  return (
    <figure className={['video-tile', self && 'video-tile--self', className].filter(Boolean).join(' ')}>
      <video
        ref={videoRef}
        autoPlay
        playsInline
        muted={self}
        aria-label={label}
        className={self ? 'video-tile__video video-tile__video--mirrored' : 'video-tile__video'}
        {...video}
      />
      <figcaption className="video-tile__label">{label}</figcaption>
      {blocked && (
        <button className="button button--primary video-tile__unblock" type="button" onClick={playAfterTap}>
          Tap to hear and see {label}
        </button>
      )}
    </figure>
  );
};
