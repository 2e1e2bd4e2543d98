/**
 * A short, friendly two-note chime generated on the spot (no sound file to download). Resolves
 * when it has finished playing. Must start from a tap (browsers only play sound after one).
 */
export const playTestSound = async (): Promise<void> => {
  const context = new AudioContext();
  try {
    await context.resume();
    const start = context.currentTime + 0.05;
    const notes = [
      { frequency: 660, at: 0 },
      { frequency: 880, at: 0.45 },
    ];
    for (const note of notes) {
      const oscillator = new OscillatorNode(context, { type: 'sine', frequency: note.frequency });
      const gain = new GainNode(context, { gain: 0 });
      gain.gain.setValueAtTime(0, start + note.at);
      gain.gain.linearRampToValueAtTime(0.35, start + note.at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.001, start + note.at + 0.4);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + 0.42);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  } finally {
    void context.close();
  }
};
