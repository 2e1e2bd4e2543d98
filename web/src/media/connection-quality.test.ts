import { expect, test } from 'vitest';
import { goodQuality, nextQuality, readSample } from './connection-quality.ts';

test('poor after two poor looks in a row; one alone changes nothing', () => {
  const poorLook = { roundTripMs: 1200, lossRatio: 0 };
  const goodLook = { roundTripMs: 40, lossRatio: 0 };
  let quality = nextQuality(goodQuality, poorLook);
  expect(quality.poor).toBe(false);
  quality = nextQuality(quality, goodLook);
  quality = nextQuality(quality, poorLook);
  expect(quality.poor).toBe(false);
  quality = nextQuality(quality, { roundTripMs: 50, lossRatio: 0.2 });
  expect(quality.poor).toBe(true);
});

test('good again only after four good looks in a row (video does not flap)', () => {
  let quality = { poor: true, streak: 0 };
  const goodLook = { roundTripMs: 40, lossRatio: 0.01 };
  for (let i = 0; i < 3; i += 1) quality = nextQuality(quality, goodLook);
  expect(quality.poor).toBe(true);
  // In between (not poor, not good enough) starts the count again.
  quality = nextQuality(quality, { roundTripMs: 600, lossRatio: 0.01 });
  for (let i = 0; i < 3; i += 1) quality = nextQuality(quality, goodLook);
  expect(quality.poor).toBe(true);
  quality = nextQuality(quality, goodLook);
  expect(quality.poor).toBe(false);
});

test('reads the selected pair round trip and the packets lost since the last look', () => {
  const report = (received: number, lost: number) => [
    { id: 'T', type: 'transport', selectedCandidatePairId: 'P2' },
    { id: 'P1', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.9 },
    { id: 'P2', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.05 },
    { id: 'A', type: 'inbound-rtp', kind: 'audio', packetsReceived: received, packetsLost: lost },
    { id: 'R', type: 'remote-inbound-rtp', kind: 'video', fractionLost: 0.01 },
  ];
  const first = readSample(report(1000, 10), undefined);
  expect(first.sample).toEqual({ roundTripMs: 50, lossRatio: 0.01 });
  const second = readSample(report(1090, 20), first.counters);
  expect(second.sample.lossRatio).toBeCloseTo(0.1);
});
