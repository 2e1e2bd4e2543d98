/**
 * Who this browser may connect to: the people the server lists as in the call (the host and
 * those admitted). A hello from anyone else — someone still waiting, say — is held, not
 * answered, until the server says they are in; it is forgotten if they never are.
 */
export class CallRoster {
  private readonly inCall: Set<string>;
  private readonly held = new Map<string, unknown>();

  constructor(peerIds: readonly string[]) {
    this.inCall = new Set(peerIds);
  }

  has(peerId: string): boolean {
    return this.inCall.has(peerId);
  }

  /** A hello from someone not (yet) in the call: kept until they are, the latest only. */
  hold(peerId: string, hello: unknown): void {
    this.held.set(peerId, hello);
  }

  /** The server's current list: those held who are on it are in, with the hellos they sent. */
  admitHeld(peerIds: readonly string[]): [string, unknown][] {
    const listed = new Set(peerIds);
    const admitted = [...this.held].filter(([peerId]) => listed.has(peerId));
    for (const [peerId] of admitted) this.update(peerId, true);
    return admitted;
  }

  /** The server's word on one person; answers the hello they sent before they were let in. */
  update(peerId: string, inCall: boolean): unknown {
    const hello = this.held.get(peerId);
    this.held.delete(peerId);
    if (!inCall) {
      this.inCall.delete(peerId);
      return undefined;
    }
    this.inCall.add(peerId);
    return hello;
  }
}
