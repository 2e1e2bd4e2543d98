/**
 * The ring of an incoming call, made on the spot with WebAudio (no sound file to download): the
 * familiar double ring, 400 and 450 Hz together, every 3 seconds. Browsers only play sound after
 * a tap on the page, so the portal unlocks audio on the first one; if it is still locked when a
 * call comes, the ring starts on the next tap.
 */
let shared: AudioContext | undefined;

const audio = (): AudioContext | undefined => {
  try {
    shared ??= new AudioContext();
    return shared;
  } catch {
    return undefined; // no WebAudio: the screen and the vibration still ring
  }
};

const gestures = ['pointerdown', 'keydown', 'touchend'] as const;

const onNextGesture = (action: () => void): (() => void) => {
  const once = () => {
    remove();
    action();
  };
  const remove = () => gestures.forEach((type) => window.removeEventListener(type, once, true));
  gestures.forEach((type) => window.addEventListener(type, once, true));
  return remove;
};

/** While the portal is open: the first tap lets a later ring be heard. */
export const unlockAudioOnFirstTap = (): (() => void) =>
  onNextGesture(() => {
    void audio()
      ?.resume()
      .catch(() => undefined);
  });

export type RingState = 'audible' | 'needs-tap' | 'silent';

const periodMs = 3000;

/** Starts ringing; `onState` hears whether it can be heard. Returns the way to stop it. */
export const startRinging = (onState: (state: RingState) => void): (() => void) => {
  const context = audio();
  const nodes: OscillatorNode[] = [];
  let stopped = false;

  const burst = () => {
    if (!context || stopped || context.state !== 'running') return;
    const gain = context.createGain();
    gain.gain.value = 0;
    gain.connect(context.destination);
    const start = context.currentTime + 0.05;
    for (const [on, off] of [
      [0, 0.4],
      [0.6, 1.0],
    ] as const) {
      gain.gain.setValueAtTime(0, start + on);
      gain.gain.linearRampToValueAtTime(0.25, start + on + 0.02);
      gain.gain.setValueAtTime(0.25, start + off - 0.02);
      gain.gain.linearRampToValueAtTime(0, start + off);
    }
    for (const frequency of [400, 450]) {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start(start);
      oscillator.stop(start + 1.05);
      oscillator.onended = () => {
        const index = nodes.indexOf(oscillator);
        if (index >= 0) nodes.splice(index, 1);
        oscillator.disconnect();
      };
      nodes.push(oscillator);
    }
    navigator.vibrate?.([400, 200, 400]);
  };

  // resume() stays pending while the browser blocks sound: watch the state instead of waiting.
  const heard = () => {
    if (stopped || context?.state !== 'running') return;
    onState('audible');
    burst();
  };
  context?.addEventListener('statechange', heard);
  let removeGesture: () => void = () => undefined;
  if (!context) onState('silent');
  else if (context.state === 'running') heard();
  else {
    onState('needs-tap');
    context.resume().catch(() => undefined);
    removeGesture = onNextGesture(() => void context.resume().catch(() => onState('silent')));
  }
  const timer = setInterval(burst, periodMs);

  return () => {
    stopped = true;
    clearInterval(timer);
    removeGesture();
    context?.removeEventListener('statechange', heard);
    for (const oscillator of [...nodes]) {
      try {
        oscillator.stop();
      } catch {
        // already stopped
      }
    }
    navigator.vibrate?.(0);
  };
};
