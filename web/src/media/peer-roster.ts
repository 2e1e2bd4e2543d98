import type { PeerConnectionState, PeerMediaState, RemotePeer } from './media-session.ts';

/** How long someone may be "reconnecting…" before their tile says "no network". */
export const noNetworkAfterMs = 30_000;

/**
 * Everyone else in the call as the tiles show them: their stream, what they told us they send,
 * and how the connection to them is. A new map on every change (React compares by identity).
 */
export class PeerRoster {
  peers: ReadonlyMap<string, RemotePeer> = new Map();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly changed: () => void,
    private readonly giveUpMs = noNetworkAfterMs,
  ) {}

  /** Someone said hello: a tile for them (still connecting, or reconnecting if they were here). */
  arrived(id: string): void {
    if (!this.peers.has(id)) return this.update(id, { connection: 'connecting' });
    this.update(id, { stream: undefined });
    this.lost(id);
  }

  stream(id: string, stream: MediaStream): void {
    this.update(id, { stream });
  }

  /** The line their shared screen comes on (the tile shows it while they say they share). */
  screen(id: string, screen: MediaStream | undefined): void {
    this.update(id, { screen });
  }

  media(id: string, media: PeerMediaState): void {
    this.update(id, { media });
  }

  /** The connection to them is up (or up but poor). */
  connected(id: string, poor = false): void {
    this.clearTimer(id);
    this.update(id, { connection: poor ? 'poor' : 'connected' });
  }

  /** The connection to them dropped: "reconnecting…", and "no network" if it stays down. */
  lost(id: string): void {
    const peer = this.peers.get(id);
    if (!peer || peer.connection === 'reconnecting' || peer.connection === 'no-network') return;
    if (peer.connection === 'connecting') return; // never connected yet: still connecting
    this.update(id, { connection: 'reconnecting' });
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        if (this.peers.get(id)?.connection === 'reconnecting') this.update(id, { connection: 'no-network' });
      }, this.giveUpMs),
    );
  }

  /** They left (said goodbye). */
  remove(id: string): void {
    this.clearTimer(id);
    if (!this.peers.has(id)) return;
    const peers = new Map(this.peers);
    peers.delete(id);
    this.peers = peers;
    this.changed();
  }

  clear(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.peers = new Map();
  }

  connectionOf(id: string): PeerConnectionState | undefined {
    return this.peers.get(id)?.connection;
  }

  private update(id: string, change: Partial<Omit<RemotePeer, 'id'>>) {
    const previous: RemotePeer = this.peers.get(id) ?? { id, stream: undefined, media: undefined, connection: 'connecting' };
    this.peers = new Map(this.peers).set(id, { ...previous, ...change });
    this.changed();
  }

  private clearTimer(id: string) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }
}
