/** How the connection to the other person is going, as the call screen shows it. */
export type LinkState = 'connecting' | 'connected' | 'interrupted' | 'gone';

/** A dropped connection gets this long to come back on its own before an ICE restart. */
const restartAfterMs = 2000;
const maxRestarts = 3;

/**
 * Brings a dropped connection back. "disconnected" may recover by itself; if not within 2 s, or
 * at once when it failed, an ICE restart (new candidates, e.g. after moving from Wi-Fi to 4G),
 * again after 5 s and 10 s without success. After three in a row it gives up: `gone`, and the
 * session starts a new connection when the other side is heard of again.
 */
export class IceRecovery {
  private restarts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly connection: RTCPeerConnection,
    private readonly report: (state: LinkState) => void,
  ) {
    connection.addEventListener('connectionstatechange', this.changed);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.connection.removeEventListener('connectionstatechange', this.changed);
  }

  private readonly changed = () => {
    if (this.stopped) return;
    const state = this.connection.connectionState;
    clearTimeout(this.timer);
    if (state === 'connected') {
      this.restarts = 0;
      this.report('connected');
    } else if (state === 'disconnected') {
      this.report('interrupted');
      this.timer = setTimeout(() => this.restart(), restartAfterMs);
    } else if (state === 'failed') {
      this.report('interrupted');
      this.restart();
    }
  };

  private restart() {
    if (this.stopped || this.connection.connectionState === 'connected') return;
    if (this.restarts >= maxRestarts) {
      this.stop();
      this.report('gone');
      return;
    }
    this.restarts += 1;
    this.connection.restartIce();
    // Without an answer in time (the other side is unreachable), try again.
    this.timer = setTimeout(() => this.restart(), 5000 * this.restarts);
  }
}
