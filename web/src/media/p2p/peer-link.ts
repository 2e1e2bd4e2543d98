import { growSoon, startingScale, startSmall } from './camera-start.ts';
import { IceRecovery, type LinkState } from './ice-recovery.ts';
import type { SignalMessage } from './signal-message.ts';

export type { LinkState } from './ice-recovery.ts';

/** How long an answer waits for its candidates at most: UDP host candidates come within milliseconds, TCP ones trickle later. */
const gatherMs = 40;
/** Once candidates come, the answer goes when none more came for this long (those found together go together). */
const gatherQuietMs = 8;
/** Candidates found later go together, those found within this long of one another. */
const trickleMs = 25;
/** Candidates kept while their description is awaited: a connection gathers far fewer. */
const maxEarly = 64;

/** What one side sends: nothing for a kind while it is muted, off or paused. */
export interface OutgoingTracks {
  readonly audio: MediaStreamTrack | null;
  readonly video: MediaStreamTrack | null;
  /** A shared screen, on a line of its own beside the camera. */
  readonly screen: MediaStreamTrack | null;
}

/** The lines of every connection, in this order on both sides: microphone, camera, screen. */
const lines = ['audio', 'video', 'screen'] as const;
type Line = (typeof lines)[number];
const kindOf = (line: Line) => (line === 'audio' ? 'audio' : 'video');

export interface PeerLinkOptions {
  readonly peerId: string;
  /** Exactly one side of each pair is polite: it yields when both offer at once. */
  readonly polite: boolean;
  readonly iceServers: RTCIceServer[];
  readonly outgoing: OutgoingTracks;
  /** The side that was already in the call starts the connection, with one audio and one video line. */
  readonly initiator: boolean;
  readonly send: (message: SignalMessage) => void;
  readonly onStream: (stream: MediaStream) => void;
  /** Their shared screen's line (its track is live but silent while they share nothing). */
  readonly onScreen: (stream: MediaStream) => void;
  /** interrupted: dropped, being restored; gone: could not be restored (closed). */
  readonly onState: (state: LinkState) => void;
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
  private readonly recovery: IceRecovery;
  private outgoing: OutgoingTracks;
  private incoming: Promise<void> = Promise.resolve();
  private closed = false;
  /** The camera goes to full size once, a moment after the first connection (see camera-start). */
  private cancelGrowing: (() => void) | undefined;
  /** While a description is being prepared its candidates travel inside it, in one message. */
  private bundling = false;
  /** Candidates found after the description went, not sent yet. */
  private trickled: RTCIceCandidateInit[] = [];
  private trickleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Candidates that came before the description they belong to (relays may reorder). */
  private early: RTCIceCandidateInit[] = [];
  stream = new MediaStream();
  screen: MediaStream | undefined;

  constructor(private readonly options: PeerLinkOptions) {
    const connection = new RTCPeerConnection({ iceServers: options.iceServers });
    this.connection = connection;
    connection.onnegotiationneeded = () => void this.offer();
    connection.onicecandidate = ({ candidate }) => {
      if (!candidate) return this.sendCandidates(); // gathering is complete
      if (this.bundling) return;
      this.trickled.push(candidate.toJSON());
      this.trickleTimer ??= setTimeout(() => this.sendCandidates(), trickleMs);
    };
    connection.ontrack = ({ track, transceiver }) => {
      if (this.lineOf(transceiver) === 'screen') {
        this.screen = new MediaStream([track]);
        options.onScreen(this.screen);
      } else this.addRemoteTrack(track);
    };
    this.recovery = new IceRecovery(connection, (state) => {
      if (state === 'gone') this.close();
      const camera = this.cameraSender();
      if (state === 'connected' && camera && !this.cancelGrowing) this.cancelGrowing = growSoon(camera);
      options.onState(state);
    });
    this.outgoing = options.outgoing;
    // Every line sends and receives from the start, even with nothing to send yet: turning the
    // camera on later, or sharing a screen, is then a replaceTrack, never a renegotiation.
    if (options.initiator) {
      for (const line of lines) {
        connection.addTransceiver(options.outgoing[line] ?? kindOf(line), {
          direction: 'sendrecv',
          ...(line === 'video' && { sendEncodings: [{ scaleResolutionDownBy: startingScale }] }),
        });
      }
    }
  }

  get peerId(): string {
    return this.options.peerId;
  }

  /** We offered first and have not heard back: when both sides offer at once, the impolite one wins. */
  get unanswered(): boolean {
    return this.options.initiator && !this.connection.remoteDescription;
  }

  get connected(): boolean {
    return this.connection.connectionState === 'connected';
  }

  stats(): Promise<RTCStatsReport> {
    return this.connection.getStats();
  }

  /** Swaps what is sent (mute, camera off, other camera, screen, paused video): no renegotiation. */
  send(outgoing: OutgoingTracks): void {
    this.outgoing = outgoing;
    this.applyOutgoing();
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
    clearTimeout(this.trickleTimer);
    this.cancelGrowing?.();
    this.recovery.stop();
    this.connection.close();
    this.stream.getTracks().forEach((track) => track.stop());
    this.screen?.getTracks().forEach((track) => track.stop());
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
   * Sets and sends our description. An answer carries the candidates found within a moment (every
   * signalling message is a round trip through the server), so the side that offered can check
   * them at once; an offer goes at once, its candidates following while the answer is prepared.
   */
  private async describe(): Promise<void> {
    this.bundling = true;
    try {
      await this.connection.setLocalDescription();
      if (this.connection.localDescription?.type === 'answer') await this.gathered(gatherMs);
    } finally {
      this.bundling = false;
    }
    const description = this.connection.localDescription;
    if (description && !this.closed) this.options.send({ kind: 'description', description: description.toJSON() });
  }

  private sendCandidates(): void {
    clearTimeout(this.trickleTimer);
    this.trickleTimer = undefined;
    if (this.trickled.length === 0 || this.closed) return;
    this.options.send({ kind: 'candidates', candidates: this.trickled.splice(0) });
  }

  /** Gathering is complete, or the first candidates are in and no more came for a moment, or time is up. */
  private gathered(timeoutMs: number): Promise<void> {
    const connection = this.connection;
    if (connection.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      let quiet: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        clearTimeout(quiet);
        connection.removeEventListener('icegatheringstatechange', check);
        connection.removeEventListener('icecandidate', found);
        resolve();
      };
      const check = () => connection.iceGatheringState === 'complete' && done();
      const found = () => {
        clearTimeout(quiet);
        quiet = setTimeout(done, gatherQuietMs);
      };
      const timer = setTimeout(done, timeoutMs);
      connection.addEventListener('icegatheringstatechange', check);
      connection.addEventListener('icecandidate', found);
    });
  }

  private async handle(message: SignalMessage): Promise<void> {
    if (this.closed) return;
    if (message.kind === 'description') {
      const { description } = message;
      const readyForOffer =
        !this.makingOffer && (this.connection.signalingState === 'stable' || this.settingRemoteAnswer);
      // Both sides started a connection at once (each heard the other's hello): the impolite
      // side's wins, the polite side starts over as the answering side (see the session).
      if (description.type === 'offer' && this.unanswered && !this.options.polite) return;
      const collision = description.type === 'offer' && !readyForOffer;
      this.ignoreOffer = !this.options.polite && collision;
      if (this.ignoreOffer) return;
      this.settingRemoteAnswer = description.type === 'answer';
      await this.connection.setRemoteDescription(description);
      this.settingRemoteAnswer = false;
      for (const candidate of this.early.splice(0)) await this.connection.addIceCandidate(candidate).catch(() => undefined);
      if (description.type === 'offer') {
        // The answering side's lines exist now: every one sends and receives (a track arriving
        // later is then a replaceTrack), with what it sends on them; then answer.
        for (const transceiver of this.liveTransceivers()) {
          if (transceiver.direction === 'recvonly') transceiver.direction = 'sendrecv';
        }
        const camera = this.cameraSender();
        if (camera && !this.connection.currentLocalDescription) await startSmall(camera);
        this.applyOutgoing();
        await this.describe();
      }
    } else if (message.kind === 'candidates') {
      if (!this.connection.remoteDescription) {
        this.early = [...this.early, ...message.candidates].slice(0, maxEarly);
        return;
      }
      for (const candidate of message.candidates) {
        try {
          await this.connection.addIceCandidate(candidate);
        } catch (error) {
          if (!this.ignoreOffer) throw error;
        }
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

  /** Which line a transceiver is: its place among the live ones, the same on both sides (m-line order). */
  private lineOf(transceiver: RTCRtpTransceiver): Line | undefined {
    return lines[this.liveTransceivers().indexOf(transceiver)];
  }

  private cameraSender(): RTCRtpSender | undefined {
    return this.liveTransceivers()[lines.indexOf('video')]?.sender;
  }

  private liveTransceivers(): RTCRtpTransceiver[] {
    return this.connection.getTransceivers().filter((t) => t.currentDirection !== 'stopped');
  }

  private applyOutgoing() {
    if (this.closed) return;
    const live = this.liveTransceivers();
    for (const [index, line] of lines.entries()) {
      const track = this.outgoing[line];
      const transceiver = live[index];
      if (!transceiver) continue; // the answering side, before the offer: applied when it comes
      if (transceiver.sender.track !== track) {
        transceiver.sender.replaceTrack(track).catch((error: unknown) => console.warn('p2p: replaceTrack failed', error));
      }
    }
  }
}
