import { summariseDeviceCheck } from '@clinicall/shared';
import { expect, test } from 'vitest';
import { connectionResult, deviceResult, loudness, microphoneResult } from './device-check-result.ts';

const live = { readyState: 'live' } as MediaStreamTrack;
const ended = { readyState: 'ended' } as MediaStreamTrack;

test('a live track works; without one the device is missing when none is listed, else blocked', () => {
  expect(deviceResult(live, 1)).toBe('ok');
  expect(deviceResult(undefined, 0)).toBe('missing');
  expect(deviceResult(undefined, 2)).toBe('blocked');
  expect(deviceResult(ended, 1)).toBe('blocked');
});

test('a microphone is silent only after listening long enough and hearing nothing', () => {
  expect(microphoneResult('ok', 0, 500)).toBe('ok');
  expect(microphoneResult('ok', 0.001, 3500)).toBe('silent');
  expect(microphoneResult('ok', 0.2, 3500)).toBe('ok');
  expect(microphoneResult('blocked', 0, 5000)).toBe('blocked');
});

test('round trips: good, poor above 800 ms or when most are lost, failed when none answered', () => {
  expect(connectionResult([40, 60, 50, 45])).toEqual({ connection: 'good', roundTripMs: 45 });
  expect(connectionResult([900, 1200, 850, undefined])).toEqual({ connection: 'poor', roundTripMs: 900 });
  expect(connectionResult([30, undefined, undefined, undefined])).toEqual({ connection: 'poor', roundTripMs: 30 });
  expect(connectionResult([undefined, undefined])).toEqual({ connection: 'failed' });
});

test('loudness is the RMS of the samples', () => {
  expect(loudness([0, 0, 0])).toBe(0);
  expect(loudness([0.5, -0.5])).toBeCloseTo(0.5);
});

test('the clinician reads one line, worst first', () => {
  expect(summariseDeviceCheck({ camera: 'ok', microphone: 'ok', speaker: 'not-tested', connection: 'good' })).toBe('Devices OK');
  expect(summariseDeviceCheck({ camera: 'missing', microphone: 'ok', speaker: 'ok', connection: 'poor' })).toBe('No camera, poor connection');
});
