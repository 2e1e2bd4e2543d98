import { useEffect, useState } from 'react';
import { loudness } from './device-check-result.ts';

export interface MicrophoneLevel {
  /** 0…1, for the meter. */
  readonly level: number;
  /** The loudest moment so far (RMS). */
  readonly loudest: number;
  /** How long we have listened. */
  readonly listenedMs: number;
}

const everyMs = 100;

/** Listens to the microphone track through an analyser, ten times a second, while on screen. */
export const useMicrophoneLevel = (track: MediaStreamTrack | undefined): MicrophoneLevel => {
  const [level, setLevel] = useState<MicrophoneLevel>({ level: 0, loudest: 0, listenedMs: 0 });
  useEffect(() => {
    if (!track) return;
    const context = new AudioContext();
    const analyser = new AnalyserNode(context, { fftSize: 1024 });
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    // Without a recent tap the browser may hold the context suspended: any tap starts it.
    const wake = () => void context.resume();
    window.addEventListener('pointerdown', wake);
    wake();
    let loudest = 0;
    let listenedMs = 0;
    const timer = setInterval(() => {
      if (context.state !== 'running') return;
      analyser.getFloatTimeDomainData(samples);
      const now = loudness(samples);
      loudest = Math.max(loudest, now);
      listenedMs += everyMs;
      setLevel({ level: Math.min(1, now * 5), loudest, listenedMs });
    }, everyMs);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', wake);
      void context.close();
    };
  }, [track]);
  return level;
};
