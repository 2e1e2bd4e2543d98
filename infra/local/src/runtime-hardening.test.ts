import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { maxMessageBytes, maxQueuedBytes } from './socket-hub.ts';
import { startRuntimeProcess, type RuntimeProcess } from './testing/local-api.ts';

/**
 * The local runtime in its own process, as `npm start` runs it, attacked as a client on the
 * network could: resets mid-handshake, oversized frames, readers that stop reading, other host
 * names, a flood of sign-ins. After each, the process is still running and serves everyone else.
 */

let clinic: RuntimeProcess;
let staff: string;

beforeAll(async () => {
  clinic = await startRuntimeProcess();
  staff = await clinic.api.signIn();
});
afterAll(() => clinic.dispose());

const port = () => Number(new URL(clinic.url).port);
const healthy = async () => {
  expect(clinic.running(), clinic.output()).toBe(true);
  expect((await clinic.api.request('/api/health')).status).toBe(200);
};

/** A guest (no record: they only type a name) in the waiting room of a new consultation. */
const guestWaiting = async (name = 'Kim Visitor') => {
  const sent = await clinic.api.request<{ consultation: { id: string } }>('/api/consult-now', {
    token: staff,
    json: { mobile: '+447700900456' },
  });
  expect(sent.status, sent.text).toBe(201);
  const { token } = await clinic.api.latestLink();
  const entered = await clinic.api.request<{ session: string; participantId: string }>('/api/join/verify', {
    json: { token, displayName: name },
  });
  expect(entered.status, entered.text).toBe(200);
  return { consultationId: sent.body.consultation.id, ...entered.body };
};

const ticketFor = async (bearer: string, consultationId?: string) => {
  const issued = await clinic.api.request<{ ticket: string }>('/api/events/ticket', {
    token: bearer,
    json: consultationId ? { consultationId } : {},
  });
  expect(issued.status, issued.text).toBe(201);
  return issued.body.ticket;
};

interface Listener {
  readonly socket: WebSocket;
  readonly heard: Record<string, unknown>[];
  readonly closed: Promise<number>;
}

const listen = async (ticket: string): Promise<Listener> => {
  const socket = new WebSocket(`${clinic.url.replace('http', 'ws')}/api/events?ticket=${ticket}`);
  const heard: Record<string, unknown>[] = [];
  socket.on('message', (data: Buffer) => heard.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>));
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, heard, closed };
};

/** A raw upgrade request on a plain TCP connection, for what a browser would never send. */
const rawUpgrade = (path: string, host = `localhost:${port()}`): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${Buffer.from('0123456789abcdef').toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
      resolve(socket);
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });

/** A plain request with the Host header a browser on another site would send. */
const rawRequest = (path: string, host: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    socket.once('error', reject);
    void answerOf(socket).then(resolve);
  });

const answerOf = (socket: Socket): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolve(text));
  });

describe('the events socket under attack', () => {
  test('a connection reset or half-closed while its ticket is checked ends only that connection', async () => {
    for (let round = 0; round < 10; round++) {
      // Valid tickets, so the check passes and the upgrade meets a socket that has gone.
      const [reset, halfClosed] = await Promise.all([ticketFor(staff), ticketFor(staff)]);
      const resetSocket = await rawUpgrade(`/api/events?ticket=${reset}`);
      resetSocket.resetAndDestroy();
      const halfSocket = await rawUpgrade(`/api/events?ticket=${halfClosed}`);
      halfSocket.end();
      // And tickets that do not exist, refused while the client has gone.
      const unknown = await rawUpgrade(`/api/events?ticket=${'A'.repeat(43)}`);
      unknown.resetAndDestroy();
    }
    await healthy();
    const still = await listen(await ticketFor(staff));
    still.socket.close();
  });

  test('a frame over 32 KiB from a guest closes that socket with 1009, and nobody else is touched', async () => {
    const guest = await guestWaiting();
    const clinician = await listen(await ticketFor(staff));
    const socket = await listen(await ticketFor(guest.session));
    socket.socket.send(JSON.stringify({ action: 'signal', to: '*', data: 'x'.repeat(maxMessageBytes + 1024) }));
    expect(await socket.closed).toBe(1009);
    await healthy();
    expect(clinician.socket.readyState).toBe(WebSocket.OPEN);
    clinician.socket.close();
  });

  test('a reader that stops reading is disconnected once its backlog passes the limit, not buffered without end', async () => {
    const guest = await guestWaiting();
    expect((await clinic.api.request(`/api/consultations/${guest.consultationId}/admit`, { token: staff, json: { participantId: guest.participantId } })).status).toBe(200);
    const clinician = await listen(await ticketFor(staff, guest.consultationId));
    const reader = await listen(await ticketFor(guest.session));
    // The guest's side stops reading: the server's sends pile up behind the kernel's buffers.
    reader.socket.pause();
    const payload = 'x'.repeat(maxMessageBytes - 1024);
    const sent = Math.ceil((16 * maxQueuedBytes) / payload.length);
    for (let i = 0; i < sent; i++) clinician.socket.send(JSON.stringify({ action: 'signal', to: guest.participantId, data: payload }));
    // The server ends that connection: once the guest reads again, what was sent before the
    // limit arrives, then the end; the clinician's connection stays, the runtime serves on.
    // Once the server has taken every message in, the guest reads again: a bounded queue has
    // dropped them part-way; an unbounded one would deliver every message and stay open.
    await expect.poll(() => clinician.socket.bufferedAmount, { timeout: 30_000, interval: 100 }).toBe(0);
    reader.socket.resume();
    await reader.closed;
    expect(reader.heard.length).toBeGreaterThan(0);
    expect(reader.heard.length).toBeLessThan(sent);
    expect(clinician.socket.readyState).toBe(WebSocket.OPEN);
    await healthy();
    clinician.socket.close();
  });

  test('another host name (DNS rebinding) is refused with 421, for the API and the socket alike', async () => {
    const api = await rawRequest('/api/local/outbox', 'rebind.attacker.example:3000');
    expect(api).toMatch(/^HTTP\/1\.1 421 /);
    expect(api).toContain('"error":"misdirected"');
    expect(api).not.toContain('messages');
    const upgrade = await rawUpgrade(`/api/events?ticket=${await ticketFor(staff)}`, 'rebind.attacker.example');
    expect(await answerOf(upgrade)).toMatch(/^HTTP\/1\.1 421 /);
    for (const host of ['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${port()}`)) {
      expect(await rawRequest('/api/health', host)).toMatch(/^HTTP\/1\.1 200 /);
    }
  });
});
