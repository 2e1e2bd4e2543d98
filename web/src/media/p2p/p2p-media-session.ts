import type { MediaCredentials, MediaSession, Signaller } from '../media-session.ts';
import { stopLocalMedia } from '../local-media.ts';
import { takeLocalMedia } from '../warm-up.ts';
import { PeerLink } from './peer-link.ts';
import { readSignal, type SignalMessage } from './signal-message.ts';

type P2pCredentials = Extract<MediaCredentials, { kind: 'p2p' }>;

/**
 * The local runtime's media: a WebRTC mesh, one PeerLink per other person. On joining it says
 * hello to everyone; whoever is already in the call connects to the newcomer.
 */
export class P2pMediaSession implements MediaSession {
  private readonly links = new Map<string, PeerLink>();
  private readonly listeners = new Set<() => void>();
  private credentials: P2pCredentials | undefined;
  private unsubscribe: (() => void) | undefined;
  private left = false;
  localStream: MediaStream | undefined;
  remoteStreams: ReadonlyMap<string, MediaStream> = new Map();
  microphoneOn = true;
  cameraOn = true;

  constructor(private readonly signaller: Signaller) {}

  async join(credentials: MediaCredentials): Promise<void> {
    if (credentials.kind !== 'p2p') throw new Error('P2pMediaSession needs p2p credentials');
    this.left = false;
    this.credentials = credentials;
    const stream = await takeLocalMedia();
    if (this.left) return stopLocalMedia(stream);
    this.localStream = stream;
    this.microphoneOn = stream.getAudioTracks().some((track) => track.enabled);
    this.cameraOn = stream.getVideoTracks().some((track) => track.enabled);
    this.changed();
    this.unsubscribe = this.signaller.subscribe((from, data) => this.heard(from, data));
    this.signaller.send('*', { kind: 'hello' } satisfies SignalMessage);
    window.addEventListener('pagehide', this.sayGoodbye);
  }

  leave(): void {
    if (this.left) return;
    this.left = true;
    window.removeEventListener('pagehide', this.sayGoodbye);
    if (this.credentials) this.sayGoodbye();
    this.unsubscribe?.();
    this.links.forEach((link) => link.close());
    this.links.clear();
    stopLocalMedia(this.localStream);
    this.localStream = undefined;
    this.remoteStreams = new Map();
    this.changed();
  }

  setMicrophone(on: boolean): void {
    this.localStream?.getAudioTracks().forEach((track) => (track.enabled = on));
    this.microphoneOn = on;
    this.changed();
  }

  setCamera(on: boolean): void {
    this.localStream?.getVideoTracks().forEach((track) => (track.enabled = on));
    this.cameraOn = on;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly sayGoodbye = () => this.signaller.send('*', { kind: 'bye' } satisfies SignalMessage);

  private heard(from: string, data: unknown) {
    const message = readSignal(data);
    const credentials = this.credentials;
    if (!message || !credentials || this.left || from === credentials.peerId) return;
    switch (message.kind) {
      case 'hello':
        // Someone (re)joined: whatever we had with them is stale; we start afresh.
        this.drop(from);
        this.links.set(from, this.connect(from, credentials, true));
        return;
      case 'bye':
        return this.drop(from);
      default: {
        let link = this.links.get(from);
        if (!link) {
          link = this.connect(from, credentials, false);
          this.links.set(from, link);
        }
        link.receive(message);
      }
    }
  }

  private connect(peerId: string, credentials: P2pCredentials, initiator: boolean): PeerLink {
    const link: PeerLink = new PeerLink({
      peerId,
      polite: credentials.peerId < peerId,
      iceServers: credentials.iceServers,
      localStream: this.localStream,
      initiator,
      send: (message) => this.signaller.send(peerId, message),
      onStream: (stream) => {
        if (this.links.get(peerId) !== link) return;
        this.remoteStreams = new Map(this.remoteStreams).set(peerId, stream);
        this.changed();
      },
      onGone: () => {
        if (this.links.get(peerId) === link) this.drop(peerId);
      },
    });
    return link;
  }

  private drop(peerId: string) {
    const link = this.links.get(peerId);
    if (!link) return;
    link.close();
    this.links.delete(peerId);
    const remaining = new Map(this.remoteStreams);
    remaining.delete(peerId);
    this.remoteStreams = remaining;
    this.changed();
  }

  private changed() {
    this.listeners.forEach((listener) => listener());
  }
}
