import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __clinicallProbe?: { connections: RTCPeerConnection[]; sockets: WebSocket[]; poor: boolean; steady: boolean };
  }
}

/**
 * Test-only instruments, added before any page script runs: every RTCPeerConnection and
 * WebSocket the page opens is remembered (so a test can cut them, or read the stats), and
 * `poor` makes getStats report a 2-second round trip (a poor connection, on demand). `steady`
 * reports a loopback round trip as at most 50 ms: when many pages share two cores, the network
 * thread answers connectivity checks late, and the call would rightly pause video for a poor
 * connection that is only the machine being busy (loss is still reported as it is).
 */
export const instrument = async (context: BrowserContext, { steady = false } = {}): Promise<void> => {
  await context.addInitScript((steady) => {
    const probe = { connections: [] as RTCPeerConnection[], sockets: [] as WebSocket[], poor: false, steady };
    window.__clinicallProbe = probe;
    const NativeConnection = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends NativeConnection {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        probe.connections.push(this);
      }
      override async getStats(selector?: MediaStreamTrack | null): Promise<RTCStatsReport> {
        const report = await super.getStats(selector);
        if (!probe.poor && !probe.steady) return report;
        const roundTrip = (measured: unknown) => (probe.poor ? 2 : Math.min(Number(measured ?? 0), 0.05));
        const changed = new Map<string, unknown>();
        report.forEach((stats: { type: string; currentRoundTripTime?: number }, id: string) =>
          changed.set(id, stats.type === 'candidate-pair' ? { ...stats, currentRoundTripTime: roundTrip(stats.currentRoundTripTime) } : stats),
        );
        return changed;
      }
    };
    const NativeSocket = window.WebSocket;
    window.WebSocket = class extends NativeSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        probe.sockets.push(this);
      }
    };
  }, steady);
};

/** What the page receives from its peers: per connection, video and audio inbound counters. */
export interface Inbound {
  readonly audioBytes: number;
  readonly videoFrames: number;
  readonly videoContentType: string | undefined;
  readonly videoWidth: number | undefined;
}

export const inbound = (page: Page): Promise<Inbound[]> =>
  page.evaluate(async () => {
    const open = window.__clinicallProbe!.connections.filter((c) => c.connectionState !== 'closed');
    return Promise.all(
      open.map(async (connection) => {
        const result = { audioBytes: 0, videoFrames: 0, videoContentType: undefined as string | undefined, videoWidth: undefined as number | undefined };
        (await connection.getStats()).forEach((stats: Record<string, unknown>) => {
          if (stats.type !== 'inbound-rtp') return;
          if (stats.kind === 'audio') result.audioBytes += Number(stats.bytesReceived ?? 0);
          if (stats.kind === 'video') {
            result.videoFrames += Number(stats.framesDecoded ?? 0);
            result.videoContentType = stats.contentType as string | undefined;
            result.videoWidth = stats.frameWidth as number | undefined;
          }
        });
        return result;
      }),
    );
  });

/** What the page sends: the label and display surface of each video track on its senders. */
export const sentVideo = (page: Page): Promise<{ label: string; displaySurface: string | undefined }[]> =>
  page.evaluate(() =>
    window.__clinicallProbe!.connections
      .filter((c) => c.connectionState !== 'closed')
      .flatMap((connection) => connection.getSenders())
      .filter((sender) => sender.track?.kind === 'video')
      .map((sender) => ({
        label: sender.track!.label,
        displaySurface: (sender.track!.getSettings() as { displaySurface?: string }).displaySurface,
      })),
  );

/** Network loss on one side: its event sockets and peer connections are cut at once. */
export const cutConnections = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const probe = window.__clinicallProbe!;
    probe.sockets.forEach((socket) => socket.close());
    probe.connections.forEach((connection) => connection.close());
  });

/**
 * For `expect.poll`: whether a counter (bytes, frames) moved since the previous poll — undefined
 * at the first. Polled every second or so, it says whether media flows, with no fixed wait.
 */
export const movement = (read: () => Promise<number>): (() => Promise<boolean | undefined>) => {
  let last: number | undefined;
  return async () => {
    const now = await read();
    const moved = last === undefined ? undefined : now > last;
    last = now;
    return moved;
  };
};

/** How often to look at a counter: packets may take a while to be counted on a busy machine. */
export const counterPolling = { interval: 1500 } as const;
