import type { ClientMessage, ServerEvent } from '@clinicall/shared';
import { siteConfig } from '../config.ts';
import { mainRoom } from '@clinicall/shared/rooms';
import { eventsPath, eventsProtocols, patientPaths } from './paths.ts';
import { ApiError, getApiBase, isRecord, request } from './request.ts';

export type EventStreamStatus = 'connecting' | 'open' | 'reconnecting' | 'refused' | 'closed';

export interface EventStreamOptions {
  /** The staff token, the participant session or the patient's portal session. */
  readonly token: string;
  /** Staff only: hear one consultation (and signal in its call) rather than the whole dashboard. */
  readonly consultationId?: string;
  /**
   * Where tickets come from, when not the staff and participant one: the patient portal's
   * (`/api/portal/events/ticket`) takes no body.
   */
  readonly ticketPath?: string;
}

const socketUrl = (): string => {
  const configured = siteConfig().eventsUrl;
  const url = new URL(configured ?? eventsPath, configured ? undefined : getApiBase() || location.origin);
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:';
  return url.toString();
};

/** Every event names its type; most name a consultation, the portal's and direct calls' do not. */
const isServerEvent = (value: unknown): value is ServerEvent => isRecord(value) && typeof value.type === 'string';

const maxQueued = 200;
/** Signals kept for a call still starting: an offer takes one round trip; older ones are stale. */
const maxHeldSignals = 64;
const heldSignalMs = 10_000;

/**
 * The real-time events WebSocket. Each connection needs a fresh single-use ticket, so a dropped
 * socket is reopened with a new one (backing off up to 15 s). Listeners hear every event and
 * every status change; 'open' is announced on each (re)connection so callers can catch up.
 */
export class EventStream {
  private socket: WebSocket | undefined;
  private readonly listeners = new Set<(event: ServerEvent) => void>();
  private readonly statusListeners = new Set<(status: EventStreamStatus) => void>();
  private readonly queue: string[] = [];
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = true;
  /** Bumped by start() and stop(), so a connection attempt from an earlier start gives up. */
  private generation = 0;
  status: EventStreamStatus = 'closed';
  /**
   * Whether each person was last heard to be in the call, on this connection: a call that starts
   * following the stream later (the clinician's, opened as they admit someone) starts from it.
   */
  readonly inCall = new Map<string, boolean>();
  /** The room each person was last heard to be in (absent from the event: the main room). */
  readonly roomOf = new Map<string, string>();
  /**
   * Signals that came while no call was listening: someone in the call connects to a person as
   * soon as they are let in, while that person's call is still starting. It takes them on start.
   */
  private heldSignals: { readonly event: ServerEvent; readonly at: number }[] = [];
  private signalListeners = 0;

  constructor(private readonly options: EventStreamOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.generation += 1;
    window.addEventListener('online', this.reconnectNow);
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.generation += 1;
    window.removeEventListener('online', this.reconnectNow);
    clearTimeout(this.retryTimer);
    this.socket?.close(1000);
    this.socket = undefined;
    this.queue.length = 0;
    this.setStatus('closed');
  }

  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Signals only: first those held for a call that was not yet listening (fresh ones), then each as it comes. */
  subscribeSignals(listener: (event: Extract<ServerEvent, { type: 'signal' }>, held: boolean) => void): () => void {
    const held = this.heldSignals.filter(({ at }) => Date.now() - at < heldSignalMs);
    this.heldSignals = [];
    this.signalListeners += 1;
    const stop = this.subscribe((event) => event.type === 'signal' && listener(event, false));
    for (const { event } of held) if (event.type === 'signal') listener(event, true);
    return () => {
      this.signalListeners -= 1;
      stop();
    };
  }

  onStatus(listener: (status: EventStreamStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Sends now, or as soon as the socket is open. */
  send(message: ClientMessage): void {
    const text = JSON.stringify(message);
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(text);
    else if (this.queue.length < maxQueued) this.queue.push(text);
  }

  private readonly reconnectNow = () => {
    if (this.stopped || this.socket?.readyState === WebSocket.OPEN) return;
    this.generation += 1; // an attempt in flight gives up
    clearTimeout(this.retryTimer);
    const stale = this.socket;
    this.socket = undefined;
    stale?.close();
    this.retries = 0;
    void this.connect();
  };

  private setStatus(status: EventStreamStatus) {
    if (this.status === status) return;
    this.status = status;
    this.statusListeners.forEach((listener) => listener(status));
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const generation = this.generation;
    this.setStatus(this.retries === 0 && this.status !== 'reconnecting' ? 'connecting' : 'reconnecting');
    let ticket: string;
    try {
      const { ticketPath, consultationId, token } = this.options;
      const answer = ticketPath
        ? await request('POST', ticketPath, { token })
        : await request('POST', patientPaths.eventTicket, { token, body: consultationId ? { consultationId } : {} });
      if (!isRecord(answer) || typeof answer.ticket !== 'string') throw new Error('no ticket');
      ticket = answer.ticket;
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        this.stopped = true;
        this.setStatus('refused');
        return;
      }
      return this.retryLater();
    }
    if (this.stopped || generation !== this.generation) return;
    // The ticket goes in the Sec-WebSocket-Protocol header: never in a URL, which servers log.
    const socket = new WebSocket(socketUrl(), eventsProtocols(ticket));
    this.socket = socket;
    socket.onopen = () => {
      this.retries = 0;
      this.inCall.clear(); // what was missed while it was down is asked afresh
      this.roomOf.clear();
      this.heldSignals = [];
      for (const text of this.queue.splice(0)) socket.send(text);
      this.setStatus('open');
    };
    socket.onmessage = (message) => {
      let event: unknown;
      try {
        event = JSON.parse(String(message.data));
      } catch {
        return;
      }
      if (!isServerEvent(event)) return;
      if (event.type === 'participant-changed') {
        this.inCall.set(event.participant.id, event.participant.state === 'admitted');
        this.roomOf.set(event.participant.id, event.participant.room ?? mainRoom);
      }
      if (event.type === 'signal' && this.signalListeners === 0) {
        this.heldSignals = [...this.heldSignals, { event, at: Date.now() }].slice(-maxHeldSignals);
      }
      this.listeners.forEach((listener) => listener(event));
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.retryLater();
    };
  }

  private retryLater() {
    if (this.stopped) return;
    this.setStatus('reconnecting');
    const delay = Math.min(15_000, 1_000 * 2 ** this.retries);
    this.retries += 1;
    const generation = this.generation;
    this.retryTimer = setTimeout(() => generation === this.generation && void this.connect(), delay);
  }
}
