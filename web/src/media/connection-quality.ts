/** One look at a connection: round trip and the share of packets lost since the last look. */
export interface QualitySample {
  readonly roundTripMs: number | undefined;
  readonly lossRatio: number | undefined;
}

/** Packet counters carried from one look to the next. */
export interface LossCounters {
  readonly received: number;
  readonly lost: number;
}

export interface Quality {
  readonly poor: boolean;
  /** Looks in a row that disagree with `poor`. */
  readonly streak: number;
}

export const goodQuality: Quality = { poor: false, streak: 0 };

/** Poor: more than 8 % of packets lost, or a round trip over 800 ms, twice in a row. */
const poorLoss = 0.08;
const poorRoundTripMs = 800;
/** Good again: under 3 % and 400 ms, four times in a row (≈ 8 s), so video does not flap. */
const goodLoss = 0.03;
const goodRoundTripMs = 400;
const looksToPoor = 2;
const looksToGood = 4;

const isPoor = (sample: QualitySample) =>
  (sample.lossRatio ?? 0) > poorLoss || (sample.roundTripMs ?? 0) > poorRoundTripMs;
const isGood = (sample: QualitySample) =>
  (sample.lossRatio ?? 0) < goodLoss && (sample.roundTripMs ?? 0) < goodRoundTripMs;

/** The next judgement, with hysteresis: a single bad or good look changes nothing. */
export const nextQuality = (quality: Quality, sample: QualitySample): Quality => {
  const against = quality.poor ? isGood(sample) : isPoor(sample);
  if (!against) return { poor: quality.poor, streak: 0 };
  const streak = quality.streak + 1;
  return streak >= (quality.poor ? looksToGood : looksToPoor) ? { poor: !quality.poor, streak: 0 } : { poor: quality.poor, streak };
};

type Stats = Record<string, unknown>;
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Reads a getStats() report: the selected candidate pair's round trip, and packets received and
 * lost on every incoming stream (what the other side's sending suffers) plus what the other side
 * reports about ours (remote-inbound-rtp fractionLost).
 */
export const readSample = (
  report: Iterable<Stats>,
  previous: LossCounters | undefined,
): { sample: QualitySample; counters: LossCounters } => {
  const all = [...report];
  const selectedPair = all.find((stats) => stats.type === 'transport')?.selectedCandidatePairId;
  const isSelected = (stats: Stats) =>
    selectedPair ? stats.id === selectedPair : stats.nominated === true && stats.state === 'succeeded';
  let roundTrip: number | undefined;
  let received = 0;
  let lost = 0;
  let remoteLoss: number | undefined;
  for (const stats of all) {
    if (stats.type === 'candidate-pair' && isSelected(stats)) {
      roundTrip = numberOf(stats.currentRoundTripTime) ?? roundTrip;
    } else if (stats.type === 'inbound-rtp') {
      received += numberOf(stats.packetsReceived) ?? 0;
      lost += Math.max(0, numberOf(stats.packetsLost) ?? 0);
    } else if (stats.type === 'remote-inbound-rtp') {
      const fraction = numberOf(stats.fractionLost);
      if (fraction !== undefined) remoteLoss = Math.max(remoteLoss ?? 0, fraction);
    }
  }
  const counters = { received, lost };
  let lossRatio = remoteLoss;
  if (previous) {
    const newReceived = received - previous.received;
    const newLost = lost - previous.lost;
    if (newReceived + newLost > 20) lossRatio = Math.max(lossRatio ?? 0, newLost / (newReceived + newLost));
  }
  return { sample: { roundTripMs: roundTrip === undefined ? undefined : Math.round(roundTrip * 1000), lossRatio }, counters };
};

const everyMs = 2000;

/** Looks at a connection every 2 s and says when it turns poor or recovers. */
export const watchQuality = (stats: () => Promise<RTCStatsReport>, onChange: (poor: boolean) => void): (() => void) => {
  let quality = goodQuality;
  let counters: LossCounters | undefined;
  let stopped = false;
  const look = async () => {
    try {
      const report = await stats();
      if (stopped) return;
      const read = readSample(report.values() as Iterable<Stats>, counters);
      counters = read.counters;
      const next = nextQuality(quality, read.sample);
      if (next.poor !== quality.poor) onChange(next.poor);
      quality = next;
    } catch {
      // closed meanwhile
    }
  };
  const timer = setInterval(() => void look(), everyMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
};
