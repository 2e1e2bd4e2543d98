import { afterEach, expect, test, vi } from 'vitest';
import { growSoon, startingScale, startSmall } from './camera-start.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** An RTCRtpSender's parameters, as a browser keeps them: each set replaces them whole. */
const sender = (encodings: RTCRtpEncodingParameters[] = [{ active: true }]) => {
  let parameters = { transactionId: 't', encodings } as unknown as RTCRtpSendParameters;
  const setParameters = vi.fn((next: RTCRtpSendParameters) => {
    parameters = next;
    return Promise.resolve();
  });
  return {
    sender: { getParameters: () => parameters, setParameters } as unknown as RTCRtpSender,
    setParameters,
    scale: () => parameters.encodings.map((encoding) => encoding.scaleResolutionDownBy),
  };
};

test('an answering side starts its camera at half size, keeping what else its encoding says', async () => {
  const camera = sender([{ active: true, maxBitrate: 900_000 }]);
  await startSmall(camera.sender);
  expect(startingScale).toBe(2);
  expect(camera.sender.getParameters().encodings).toEqual([{ active: true, maxBitrate: 900_000, scaleResolutionDownBy: 2 }]);
});

test('a browser refusing the change leaves the camera at full size, and the call goes on', async () => {
  const camera = sender();
  camera.setParameters.mockRejectedValueOnce(new Error('InvalidStateError'));
  await expect(startSmall(camera.sender)).resolves.toBeUndefined();
});

test('the camera goes to full size a moment after the connection is up, once', async () => {
  vi.useFakeTimers();
  const camera = sender([{ scaleResolutionDownBy: 2 }]);
  growSoon(camera.sender);
  await vi.advanceTimersByTimeAsync(1999);
  expect(camera.scale()).toEqual([2]);
  await vi.advanceTimersByTimeAsync(1);
  expect(camera.scale()).toEqual([1]);
  expect(camera.setParameters).toHaveBeenCalledTimes(1);
});

test('a connection closed before then leaves its camera alone', async () => {
  vi.useFakeTimers();
  const camera = sender([{ scaleResolutionDownBy: 2 }]);
  growSoon(camera.sender)();
  await vi.advanceTimersByTimeAsync(5000);
  expect(camera.setParameters).not.toHaveBeenCalled();
});
