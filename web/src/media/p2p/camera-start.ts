/**
 * A new connection sends the camera at half its size, then at full size once it has been up a
 * moment. Its first frame at full size would be dropped or held back by the encoder until the
 * bandwidth estimate (low at the start) grows: half size shows the person sooner.
 */
export const startingScale = 2;

const fullSizeAfterMs = 2000;

const scaleCamera = async (sender: RTCRtpSender, scale: number): Promise<void> => {
  const parameters = sender.getParameters();
  if (!parameters.encodings?.length) return;
  if (parameters.encodings.every((encoding) => encoding.scaleResolutionDownBy === scale)) return;
  parameters.encodings = parameters.encodings.map((encoding) => ({ ...encoding, scaleResolutionDownBy: scale }));
  await sender.setParameters(parameters);
};

/** The camera line of an answering side: half size, like the side that offered. */
export const startSmall = (sender: RTCRtpSender): Promise<void> =>
  scaleCamera(sender, startingScale).catch(() => undefined); // sent at full size from the start then

/** Full size a moment after the connection is up. Returns the way to cancel (the link closed). */
export const growSoon = (sender: RTCRtpSender): (() => void) => {
  const timer = setTimeout(() => {
    scaleCamera(sender, 1).catch((error: unknown) => console.warn('p2p: camera size not changed', error));
  }, fullSizeAfterMs);
  return () => clearTimeout(timer);
};
