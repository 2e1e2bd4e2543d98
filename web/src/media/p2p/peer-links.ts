import { watchQuality } from '../connection-quality.ts';
import { PeerLink, type PeerLinkOptions } from './peer-link.ts';

export interface WatchedLink {
  readonly peer: PeerLink;
  /** Our side finds this connection poor (round trip or packet loss). */
  poor: boolean;
}

/** The session's connections, one per other person, each watched for quality every 2 s. */
export class PeerLinks {
  private readonly links = new Map<string, WatchedLink & { readonly stopWatching: () => void }>();

  constructor(private readonly qualityChanged: (peerId: string, link: WatchedLink) => void) {}

  get(peerId: string): WatchedLink | undefined {
    return this.links.get(peerId);
  }

  has(peerId: string): boolean {
    return this.links.has(peerId);
  }

  entries(): [string, WatchedLink][] {
    return [...this.links];
  }

  /** A new connection to `peerId`, replacing any other. */
  add(options: PeerLinkOptions): WatchedLink {
    this.drop(options.peerId);
    const peer = new PeerLink(options);
    const link = {
      peer,
      poor: false,
      stopWatching: watchQuality(
        () => peer.stats(),
        (poor) => {
          link.poor = poor;
          this.qualityChanged(options.peerId, link);
        },
      ),
    };
    this.links.set(options.peerId, link);
    return link;
  }

  drop(peerId: string): void {
    const link = this.links.get(peerId);
    if (!link) return;
    this.links.delete(peerId);
    link.stopWatching();
    link.peer.close();
  }

  clear(): void {
    [...this.links.keys()].forEach((peerId) => this.drop(peerId));
  }
}
