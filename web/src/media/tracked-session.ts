import { LocalTracks } from './local-tracks.ts';
import { PeerRoster } from './peer-roster.ts';

/**
 * What every MediaSession implementation shares: this person's tracks and their controls, the
 * roster of the others, and the listeners told of each change. Implementations say what a track
 * change means for their transport, and how the peers are shown.
 */
export abstract class TrackedMediaSession {
  private readonly listeners = new Set<() => void>();
  protected readonly tracks = new LocalTracks(() => this.tracksChanged());
  protected readonly roster = new PeerRoster(() => this.changed());
  people: readonly string[] = [];
  activeSpeaker: string | undefined;
  private selfId: string | undefined;

  get participantId(): string | undefined {
    return this.selfId;
  }

  setMicrophone(on: boolean): void {
    this.tracks.setMicrophone(on);
  }

  setCamera(on: boolean): Promise<void> {
    return this.tracks.setCamera(on);
  }

  switchCamera(): Promise<void> {
    return this.tracks.switchCamera();
  }

  shareScreen(on: boolean): Promise<void> {
    return this.tracks.shareScreen(on);
  }

  /**
   * The server's list of who is in the call: first as the credentials give it, then as
   * admissions and departures come on the events socket. Returns the way to stop following.
   */
  protected followPeople(
    selfId: string,
    initial: readonly string[],
    onRoster: (listener: (peerId: string, inCall: boolean) => void) => () => void,
  ): () => void {
    this.selfId = selfId;
    this.people = initial.filter((id) => id !== selfId);
    return onRoster((peerId, inCall) => this.personChanged(peerId, inCall));
  }

  /** Someone came into the call (or left it), by the server's word. */
  protected personChanged(peerId: string, inCall: boolean): void {
    if (peerId === this.selfId || this.people.includes(peerId) === inCall) return;
    this.people = inCall ? [...this.people, peerId] : this.people.filter((id) => id !== peerId);
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected notify(): void {
    this.listeners.forEach((listener) => listener());
  }

  /** This person's tracks changed (mute, camera, screen): send what is current. */
  protected abstract tracksChanged(): void;

  /** Something the page shows changed. */
  protected abstract changed(): void;
}
