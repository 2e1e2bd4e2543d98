import { mainRoom } from '@clinicall/shared/rooms';
import type { LocalMediaState, MediaCredentials, MediaSession, SelfDescription, Signaller } from '../media-session.ts';
import { TrackedMediaSession } from '../tracked-session.ts';
import { takeLocalMedia } from '../warm-up.ts';
import type { LinkState, OutgoingTracks } from './peer-link.ts';
import { CallRoster } from './call-roster.ts';
import { PeerLinks, type WatchedLink as Link } from './peer-links.ts';
import { sentFromRoom, tagRoom } from './room-tag.ts';
import { readSignal, type SignalMessage } from './signal-message.ts';

type P2pCredentials = Extract<MediaCredentials, { kind: 'p2p' }>;

/** How long changes to what this side sends are gathered before the peers are told. */
const tellAfterMs = 30;

/**
 * The local runtime's media: a WebRTC mesh, one PeerLink per other person. On joining it says
 * hello to everyone; whoever is already in the call connects to the newcomer (and the newcomer to
 * anyone whose hello came while its call was starting, so neither waits for a round trip). After a network
 * drop it says hello again, so the others rebuild what broke; the server keeps the person
 * admitted meanwhile. A poor connection pauses video both ways, audio goes on. Moving to another
 * room (a breakout room) says goodbye to this room's peers and hello to the next room's, with the
 * same camera and microphone; signals still on their way from the room left are not answered.
 */
export class P2pMediaSession extends TrackedMediaSession implements MediaSession {
  private readonly links = new PeerLinks((peerId, link) => this.refresh(peerId, link));
  private credentials: P2pCredentials | undefined;
  private inCall = new CallRoster([]);
  private unsubscribe: (() => void)[] = [];
  private left = false;
  /** While joining: those whose hello came before this call listened, offered a connection now. */
  private offering: string[] | undefined;
  /** Until the devices are taken over, the others are told nothing of them (not "muted", "camera off"). */
  private tracksReady = false;
  localStream: MediaStream | undefined;
  local: LocalMediaState = this.readLocal();
  peers = this.roster.peers;
  room = mainRoom;

  constructor(
    private readonly signaller: Signaller,
    /** The server's current list of the people in a room of the call, asked when someone unknown says hello. */
    private readonly currentRoster: (room: string) => Promise<readonly string[]>,
    private readonly self?: SelfDescription,
  ) {
    super();
  }

  async join(credentials: MediaCredentials, room: string = mainRoom): Promise<void> {
    if (credentials.kind !== 'p2p') throw new Error('P2pMediaSession needs p2p credentials');
    this.left = false;
    this.tracksReady = false;
    this.enter(room, credentials);
    window.addEventListener('pagehide', this.sayGoodbye);
    const stream = await takeLocalMedia();
    if (this.left) return stream.getTracks().forEach((track) => track.stop());
    this.tracksReady = true;
    this.tracks.adopt(stream);
  }

  switchRoom(room: string, credentials: MediaCredentials): Promise<void> {
    if (credentials.kind !== 'p2p') return Promise.reject(new Error('P2pMediaSession needs p2p credentials'));
    if (this.left) return Promise.resolve();
    this.exit();
    this.enter(room, credentials);
    this.updateLocal();
    return Promise.resolve();
  }

  /** Into one room's mesh: its roster, its signals, hello to its peers. */
  private enter(room: string, credentials: P2pCredentials) {
    this.room = room;
    this.credentials = credentials;
    this.inCall = new CallRoster(credentials.roster);
    // Connecting does not wait for the camera: every line is open from the start, and the tracks
    // go onto it as they arrive (see tracksChanged), so the devices are off the critical path.
    // Whoever said hello while this call was still starting is listening already: this side
    // offers to them at once, and its hello says so (they wait for the offer, not answer the hello).
    const offering: string[] = [];
    this.offering = offering;
    // Who the socket already heard is in the call is known before what they said while this
    // call was starting is heard.
    this.unsubscribe = [
      this.followPeople(credentials.peerId, credentials.roster, (listener) => this.signaller.onRoster(listener, room)),
      this.signaller.onRoster((peerId, inCall) => this.rosterChanged(peerId, inCall), room),
      this.signaller.subscribe((from, data, held) => this.heard(from, data, held)),
      this.signaller.onReconnected(() => this.reconnected()),
    ];
    this.offering = undefined;
    this.say('*', { kind: 'hello', ...(offering.length > 0 && { offering }) });
  }

  /** Out of the room's mesh: goodbye to its peers, their connections closed. */
  private exit() {
    clearTimeout(this.tellTimer);
    this.tellTimer = undefined;
    this.untold.clear();
    if (this.credentials) this.sayGoodbye();
    this.unsubscribe.forEach((stop) => stop());
    this.unsubscribe = [];
    this.links.clear();
    this.roster.clear();
  }

  /** To one peer of this room, or '*' for all of them. */
  private say(to: string, message: SignalMessage) {
    if (this.credentials) this.signaller.send(to, tagRoom(message, this.credentials.roomId));
  }

  /**
   * Every remote tile is on screen here: a local room holds six people with media, and a page
   * holds six or more tiles. So every peer's video is received, and nothing is to be chosen.
   */
  setVisible(): void {
    // Nothing to choose: see above.
  }

  leave(): void {
    if (this.left) return;
    this.left = true;
    window.removeEventListener('pagehide', this.sayGoodbye);
    this.exit();
    this.tracks.stop();
    this.changed();
  }

  private readonly sayGoodbye = () => this.say('*', { kind: 'bye' });

  private asking = false;
  private askAgain = false;

  /** One question at a time; something heard meanwhile asks once more when it is answered. */
  private askRoster() {
    if (this.asking) return void (this.askAgain = true);
    this.asking = true;
    const room = this.room;
    this.currentRoster(room)
      .then((peerIds) => {
        if (this.left || this.room !== room) return;
        peerIds.forEach((peerId) => this.personChanged(peerId, true));
        for (const [peerId, said] of this.inCall.admitHeld(peerIds)) said.forEach((message) => this.heard(peerId, message));
      })
      .catch(() => undefined)
      .finally(() => {
        this.asking = false;
        if (this.askAgain && !this.left) {
          this.askAgain = false;
          this.askRoster();
        }
      });
  }

  /** Only the people the server lists as in the call are connected to; whoever leaves it is dropped. */
  private rosterChanged(peerId: string, inCall: boolean) {
    if (this.left || peerId === this.credentials?.peerId) return;
    const said = this.inCall.update(peerId, inCall);
    said.forEach((message) => this.heard(peerId, message));
    if (!inCall) {
      this.links.drop(peerId);
      this.roster.remove(peerId);
    }
  }

  private heard(from: string, data: unknown, held = false) {
    const message = readSignal(data);
    const credentials = this.credentials;
    if (!message || !credentials || this.left || from === credentials.peerId) return;
    if (!sentFromRoom(data, credentials.roomId)) return;
    // Of what came before this call listened, only who arrived and who left still matters.
    if (held && message.kind !== 'hello' && message.kind !== 'bye') return;
    if (held && message.kind === 'hello' && this.offering && this.inCall.has(from)) {
      this.links.drop(from);
      this.connect(from, credentials, true);
      this.offering.push(from);
      return;
    }
    if (!this.inCall.has(from)) {
      // Someone we have not heard is in the call (their admission may have crossed our joining):
      // the server's list decides.
      this.inCall.hold(from, data);
      this.askRoster();
      return;
    }
    switch (message.kind) {
      case 'hello': {
        // They (re)joined. A connection both sides still have working is kept; anything else is
        // stale, and we start afresh.
        const link = this.links.get(from);
        if (message.ask) {
          // Their answer to our hello: they wait for our offer. One already on its way stands.
          if (link && !link.peer.connected) return;
          this.links.drop(from);
          this.connect(from, credentials, true);
          return;
        }
        if (link?.peer.connected && message.keep?.includes(credentials.peerId)) return this.tellState(from);
        this.links.drop(from);
        this.roster.arrived(from);
        // Their offer follows this hello (they heard ours while joining).
        if (message.offering?.includes(credentials.peerId)) return;
        // One side of each pair offers: had both joined at once, each hearing the other's hello,
        // two offers would cross and one be thrown away. The polite side asks the other to start.
        if (credentials.peerId < from) return this.say(from, { kind: 'hello', ask: true });
        this.connect(from, credentials, true);
        return;
      }
      case 'bye':
        this.links.drop(from);
        return this.roster.remove(from);
      case 'media-state': {
        const { kind: _kind, ...media } = message;
        const link = this.links.get(from);
        const pausedBefore = link && this.paused(from, link);
        this.roster.media(from, media);
        if (link && this.paused(from, link) !== pausedBefore) this.refresh(from, link);
        return;
      }
      default: {
        // Only an offer starts a connection; stray answers and candidates of an old one are dropped.
        const offer = message.kind === 'description' && message.description.type === 'offer';
        if (offer && this.links.get(from)?.peer.unanswered && credentials.peerId < from) this.links.drop(from);
        if (!this.links.has(from) && !offer) return;
        const link = this.links.get(from) ?? this.connect(from, credentials, false);
        link.peer.receive(message);
      }
    }
  }

  private connect(peerId: string, credentials: P2pCredentials, initiator: boolean): Link {
    const link: Link = this.links.add({
      peerId,
      polite: credentials.peerId < peerId,
      iceServers: credentials.iceServers,
      outgoing: this.outgoingFor(false),
      initiator,
      send: (message) => this.signaller.send(peerId, tagRoom(message, credentials.roomId)),
      onStream: (stream) => this.links.get(peerId) === link && this.roster.stream(peerId, stream),
      onScreen: (stream) => this.links.get(peerId) === link && this.roster.screen(peerId, stream),
      onState: (state) => this.links.get(peerId) === link && this.linkState(peerId, link, state),
    });
    if (!this.roster.peers.has(peerId)) this.roster.arrived(peerId);
    this.tellState(peerId);
    return link;
  }

  private linkState(peerId: string, link: Link, state: LinkState) {
    if (state === 'connected') return this.roster.connected(peerId, this.paused(peerId, link));
    this.roster.lost(peerId);
    if (state === 'gone') {
      // Could not be restored: ask them to start afresh, should they still be there.
      this.links.drop(peerId);
      this.say(peerId, { kind: 'hello' });
    }
  }

  /** Signalling is back after a drop: keep what still works, have the rest rebuilt. */
  private reconnected() {
    const keep: string[] = [];
    for (const [peerId, link] of this.links.entries()) {
      if (link.peer.connected) keep.push(peerId);
      else {
        this.links.drop(peerId);
        this.roster.lost(peerId);
      }
    }
    this.say('*', { kind: 'hello', keep });
  }

  /** Video to and from this peer pauses while either side finds the connection poor. */
  private paused(peerId: string, link: Link): boolean {
    return link.poor || !!this.roster.peers.get(peerId)?.media?.poorConnection;
  }

  private outgoingFor(paused: boolean): OutgoingTracks {
    return { audio: this.tracks.audio, video: paused ? null : this.tracks.video, screen: paused ? null : this.tracks.screenTrack };
  }

  /** Sends what should go to this peer now, and tells them. */
  private refresh(peerId: string, link: Link) {
    const paused = this.paused(peerId, link);
    link.peer.send(this.outgoingFor(paused));
    if (link.peer.connected) this.roster.connected(peerId, paused);
    this.tellState(peerId);
    this.updateLocal();
  }

  /** Peers to tell what this side sends, told together a moment later (see tellState). */
  private untold = new Set<string>();
  private tellTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Starting a call changes what this side sends several times in a row (a line opens, the
   * devices come): each peer is told once, after the burst, so the signalling that connects
   * does not queue behind it.
   */
  private tellState(peerId: string) {
    if (!this.tracksReady) return;
    this.untold.add(peerId);
    this.tellTimer ??= setTimeout(() => {
      this.tellTimer = undefined;
      for (const peer of this.untold) {
        const media = this.tracks.describe(!!this.links.get(peer)?.poor, this.self);
        this.say(peer, { kind: 'media-state', ...media });
      }
      this.untold.clear();
    }, tellAfterMs);
  }

  protected override tracksChanged() {
    this.links.entries().forEach(([peerId, link]) => this.refresh(peerId, link));
    this.updateLocal();
  }

  private updateLocal() {
    this.localStream = this.tracks.stream;
    this.local = this.readLocal();
    this.changed();
  }

  private readLocal(): LocalMediaState {
    return this.tracks.state(this.links.entries().some(([peerId, link]) => this.paused(peerId, link)));
  }

  protected override changed() {
    this.peers = this.roster.peers;
    this.notify();
  }
}
