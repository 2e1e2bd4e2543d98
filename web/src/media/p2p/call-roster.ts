/** Messages kept from one person not (yet) known to be in the call; more are dropped. */
const maxHeld = 64;

/**
 * Who this browser may connect to: the people the server lists as in the call (the host and
 * those admitted). What anyone else says — someone still waiting, or someone whose admission
 * crossed our joining — is held, not answered, until the server says they are in; it is
 * forgotten if they never are.
 */
export class CallRoster {
  private readonly inCall: Set<string>;
  private readonly held = new Map<string, unknown[]>();

  constructor(peerIds: readonly string[]) {
    this.inCall = new Set(peerIds);
  }

  has(peerId: string): boolean {
    return this.inCall.has(peerId);
  }

  /** A message from someone not (yet) in the call, kept in order. */
  hold(peerId: string, message: unknown): void {
    const messages = this.held.get(peerId) ?? [];
    if (messages.length < maxHeld) messages.push(message);
    this.held.set(peerId, messages);
  }

  /** The server's current list: those held who are on it are in, with what they said, in order. */
  admitHeld(peerIds: readonly string[]): [string, unknown[]][] {
    const listed = new Set(peerIds);
    return [...this.held.keys()].filter((peerId) => listed.has(peerId)).map((peerId) => [peerId, this.update(peerId, true)]);
  }

  /** The server's word on one person; answers what they said before they were let in. */
  update(peerId: string, inCall: boolean): unknown[] {
    const messages = this.held.get(peerId) ?? [];
    this.held.delete(peerId);
    if (!inCall) {
      this.inCall.delete(peerId);
      return [];
    }
    this.inCall.add(peerId);
    return messages;
  }
}
