import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { eventsProtocols } from '@clinicall/shared/paths';
import { maxMessageBytes, maxQueuedBytes } from './socket-hub.ts';
import { startRuntimeProcess, type RuntimeProcess } from './testing/local-api.ts';

/**
 * The local runtime in its own process, as `npm start` runs it, attacked as a client on the
 * network could: resets mid-handshake, oversized frames, readers that stop reading, other host
 * names, a flood of sign-ins. After each, the process is still running and serves everyone else.
 */

let clinic: RuntimeProcess;
let staff: string;

let dataDir: string;

beforeAll(async () => {
  // A data directory that already exists, as a person might have made it: open to everyone.
  dataDir = await mkdtemp(join(tmpdir(), 'clinicall-hardening-'));
  await chmod(dataDir, 0o755);
  await writeFile(join(dataDir, 'notes.txt'), 'made by hand', { mode: 0o644 });
  clinic = await startRuntimeProcess({}, dataDir);
  staff = await clinic.api.signIn();
}, 60_000); // a whole process starting, on a busy machine
afterAll(async () => {
  await clinic?.dispose();
  await rm(dataDir, { recursive: true, force: true });
});

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
  const socket = new WebSocket(`${clinic.url.replace('http', 'ws')}/api/events`, eventsProtocols(ticket));
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
const rawUpgrade = (ticket: string, host = `localhost:${port()}`): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = connect(port(), '127.0.0.1', () => {
      socket.write(
        `GET /api/events HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${Buffer.from('0123456789abcdef').toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Protocol: ${eventsProtocols(ticket).join(', ')}\r\n\r\n`,
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
      const resetSocket = await rawUpgrade(reset);
      resetSocket.resetAndDestroy();
      const halfSocket = await rawUpgrade(halfClosed);
      halfSocket.end();
      // And tickets that do not exist, refused while the client has gone.
      const unknown = await rawUpgrade('A'.repeat(43));
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
    const upgrade = await rawUpgrade(await ticketFor(staff), 'rebind.attacker.example');
    expect(await answerOf(upgrade)).toMatch(/^HTTP\/1\.1 421 /);
    for (const host of ['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${port()}`)) {
      expect(await rawRequest('/api/health', host)).toMatch(/^HTTP\/1\.1 200 /);
    }
  });
});

describe('the waiting room holds', () => {
  test('someone waiting hears only about themselves; in the call, people hear the call; at the end every socket is closed', async () => {
    const first = await guestWaiting('Kim Visitor');
    const waiting = await listen(await ticketFor(first.session));
    const clinician = await listen(await ticketFor(staff, first.consultationId));
    // A second person on the same consultation, invited by the clinician, arrives and is admitted.
    const invited = await clinic.api.request<{ participant: { id: string } }>(`/api/consultations/${first.consultationId}/invite`, {
      token: staff,
      json: { role: 'support-person', displayName: 'Robin Private', mobile: '+447700900789' },
    });
    expect(invited.status, invited.text).toBe(201);
    const { token } = await clinic.api.latestLink();
    const second = await clinic.api.request<{ session: string; participantId: string }>('/api/join/verify', { json: { token, displayName: 'Robin Private' } });
    expect(second.status, second.text).toBe(200);
    const admit = (participantId: string) =>
      clinic.api.request(`/api/consultations/${first.consultationId}/admit`, { token: staff, json: { participantId } });
    expect((await admit(second.body.participantId)).status).toBe(200);
    await expect.poll(() => clinician.heard.some((e) => JSON.stringify(e).includes('"state":"admitted"'))).toBe(true);
    // The waiting person learnt nothing of the other person: not their name, not their state.
    expect(JSON.stringify(waiting.heard)).not.toContain('Robin');
    expect(waiting.heard.filter((e) => e.type === 'participant-changed' && (e.participant as { id: string }).id !== first.participantId)).toEqual([]);
    // Their hello reaches nobody; once admitted, the people in the call hear them.
    waiting.socket.send(JSON.stringify({ action: 'signal', to: '*', data: { kind: 'hello' } }));
    expect((await admit(first.participantId)).status).toBe(200);
    await expect.poll(() => waiting.heard.some((e) => e.type === 'participant-changed' && JSON.stringify(e).includes('"state":"admitted"'))).toBe(true);
    expect(clinician.heard.filter((e) => e.type === 'signal')).toEqual([]);
    waiting.socket.send(JSON.stringify({ action: 'signal', to: '*', data: { kind: 'hello' } }));
    await expect.poll(() => clinician.heard.filter((e) => e.type === 'signal')).toHaveLength(1);
    // The end: sockets closed by the server, and no new ticket for the participants.
    const ended = await clinic.api.request(`/api/consultations/${first.consultationId}/end`, {
      token: staff,
      json: { result: 'completed', technicalProblems: false },
    });
    expect(ended.status, ended.text).toBe(200);
    expect(await waiting.closed).toBe(1000);
    expect(waiting.heard.at(-1)).toMatchObject({ type: 'consultation-changed', status: 'ended' });
    expect(await clinician.closed).toBe(1000);
    const refused = await clinic.api.request('/api/events/ticket', { token: first.session, json: {} });
    expect(refused).toMatchObject({ status: 410, body: { error: 'consultation-ended' } });
  });
});

describe('sign-in', () => {
  test('50 wrong passwords at once: a handful are checked, the rest wait with a clear 429, and other requests are served', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${clinic.url}/api/local/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'admin@example.org', password: 'wrong password' }),
        }),
      ),
    );
    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(44);
    const throttled = attempts.find((a) => a.status === 429)!;
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await throttled.json()).toMatchObject({ error: 'too-many-attempts', message: expect.stringMatching(/Too many sign-in attempts/) as unknown });
    expect((await clinic.api.request('/api/consultations?status=open', { token: staff })).status).toBe(200);
  });
});

describe('the data directory', () => {
  test('is the owner\'s alone: folders 0700, files 0600', async () => {
    const modes: { path: string; mode: number }[] = [];
    const walk = async (dir: string): Promise<void> => {
      modes.push({ path: dir, mode: (await stat(dir)).mode & 0o777 });
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else modes.push({ path, mode: (await stat(path)).mode & 0o777 });
      }
    };
    await walk(clinic.dataDir);
    expect(modes.length).toBeGreaterThan(5);
    expect(modes.filter(({ mode }) => (mode & 0o077) !== 0)).toEqual([]);
  });
});
