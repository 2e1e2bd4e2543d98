import type { SignalMessage } from './signal-message.ts';

/** How long a description waits for its candidates: UDP host candidates come within milliseconds, TCP ones trickle later. */
const gatherMs = 40;

export interface PeerLinkOptions {
  readonly peerId: string;
  /** Exactly one side of each pair is polite: it yields when both offer at once. */
  readonly polite: boolean;
  readonly iceServers: RTCIceServer[];
  readonly localStream: MediaStream | undefined;
  /** The side that was already in the call starts the connection, and asks to receive both kinds. */
  readonly initiator: boolean;
  readonly send: (message: SignalMessage) => void;
  readonly onStream: (stream: MediaStream) => void;
  readonly onGone: () => void;
}

/**
 * One RTCPeerConnection to one other person, negotiated with the "perfect negotiation" pattern
 * (https://w3c.github.io/webrtc-pc/#perfect-negotiation-example): either side may (re)negotiate
 * at any time, and a collision is settled by the polite side rolling back.
 */
export class PeerLink {
  private readonly connection: RTCPeerConnection;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  private restarts = 0;
  private incoming: Promise<void> = Promise.resolve();
  private closed = false;
  /** While a description is being prepared its candidates travel inside it, in one message. */
  private bundling = false;
  /** Candidates that came before the description they belong to (relays may reorder). */
  private early: RTCIceCandidateInit[] = [];
  stream = new MediaStream();

  constructor(private readonly options: PeerLinkOptions) {
    const connection = new RTCPeerConnection({ iceServers: options.iceServers });
    this.connection = connection;
    connection.onnegotiationneeded = () => void this.offer();
    connection.onicecandidate = ({ candidate }) => {
      if (candidate && !this.bundling) options.send({ kind: 'candidate', candidate: candidate.toJSON() });
    };
    connection.ontrack = ({ track }) => this.addRemoteTrack(track);
    connection.onconnectionstatechange = () => this.connectionChanged();

    const tracks = options.localStream?.getTracks() ?? [];
    for (const track of tracks) connection.addTrack(track, options.localStream!);
    if (options.initiator) {
      for (const kind of ['audio', 'video'] as const) {
        if (!tracks.some((track) => track.kind === kind)) connection.addTransceiver(kind, { direction: 'recvonly' });
      }
    }
  }

  get peerId(): string {
    return this.options.peerId;
  }

  /** Handles descriptions and candidates one at a time, in the order they came. */
  receive(message: SignalMessage): void {
    this.incoming = this.incoming
      .then(() => this.handle(message))
      .catch((error: unknown) => console.warn('p2p: signalling from', this.peerId, 'failed', error));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.close();
    this.stream.getTracks().forEach((track) => track.stop());
  }

  private async offer(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.describe();
    } catch (error) {
      console.warn('p2p: offer to', this.peerId, 'failed', error);
    } finally {
      this.makingOffer = false;
    }
  }

  /**
   * Sets and sends our description. Every signalling message is a round trip through the server,
   * so the candidates found within a moment go inside the description; later ones trickle.
   */
  private async describe(): Promise<void> {
    this.bundling = true;
    try {
      await this.connection.setLocalDescription();
      await this.gathered(gatherMs);
    } finally {
      this.bundling = false;
    }
    const description = this.connection.localDescription;
    if (description && !this.closed) this.options.send({ kind: 'description', description: description.toJSON() });
  }

  private gathered(timeoutMs: number): Promise<void> {
    const connection = this.connection;
    if (connection.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        connection.removeEventListener('icegatheringstatechange', check);
        resolve();
      };
      const check = () => connection.iceGatheringState === 'complete' && done();
      const timer = setTimeout(done, timeoutMs);
      connection.addEventListener('icegatheringstatechange', check);
    });
  }

  private async handle(message: SignalMessage): Promise<void> {
    if (this.closed) return;
    if (message.kind === 'description') {
      const { description } = message;
      const readyForOffer =
        !this.makingOffer && (this.connection.signalingState === 'stable' || this.settingRemoteAnswer);
      const collision = description.type === 'offer' && !readyForOffer;
      this.ignoreOffer = !this.options.polite && collision;
      if (this.ignoreOffer) return;
      this.settingRemoteAnswer = description.type === 'answer';
      await this.connection.setRemoteDescription(description);
      this.settingRemoteAnswer = false;
      for (const candidate of this.early.splice(0)) await this.connection.addIceCandidate(candidate).catch(() => undefined);
      if (description.type === 'offer') await this.describe();
    } else if (message.kind === 'candidate') {
      if (!this.connection.remoteDescription) {
        this.early.push(message.candidate);
        return;
      }
      try {
        await this.connection.addIceCandidate(message.candidate);
      } catch (error) {
        if (!this.ignoreOffer) throw error;
      }
    }
  }

  /** A fresh stream object per change, so whoever shows it notices. */
  private addRemoteTrack(track: MediaStreamTrack) {
    const others = this.stream.getTracks().filter((t) => t.id !== track.id);
    this.stream = new MediaStream([...others, track]);
    track.addEventListener('ended', () => {
      this.stream = new MediaStream(this.stream.getTracks().filter((t) => t !== track));
      if (!this.closed) this.options.onStream(this.stream);
    });
    this.options.onStream(this.stream);
  }

  /** A failed connection gets one ICE restart; failing again means the other person has gone. */
  private connectionChanged() {
    const state = this.connection.connectionState;
    if (state === 'connected') this.restarts = 0;
    if (state === 'failed') {
      if (this.restarts < 1) {
        this.restarts += 1;
        this.connection.restartIce();
      } else {
        this.close();
        this.options.onGone();
      }
    }
  }
}
