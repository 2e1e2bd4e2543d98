import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import type { Encounter } from '@clinicall/shared';
import { afterEach, expect, test } from 'vitest';
import { webhookIntegrations } from './webhook-integrations.ts';

const encounter = { resourceType: 'Encounter', id: 'consultation-1', status: 'finished', class: { code: 'VR' } } as Encounter;
let server: Server | undefined;

/** A receiver that answers the given statuses in turn (the last one from then on), after `delayMs`. */
const receiver = async (statuses: number[], delayMs = 0) => {
  const received: { body: string; signature: string | undefined; at: number }[] = [];
  let answered = 0;
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ body, signature: request.headers['x-clinicall-signature'] as string | undefined, at: Date.now() });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      setTimeout(() => {
        answered += 1;
        response.writeHead(status).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, answered: () => answered };
};

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) await new Promise((resolve) => running.close(resolve));
});

test('hands the encounter over at once, then retries failures with growing waits until it is accepted', async () => {
  const { url, received, answered } = await receiver([500, 503, 200], 50);
  const hook = webhookIntegrations({ url, secret: 's3cret', firstRetryMs: 20 });
  await hook.encounterRecorded(encounter);
  // Handed over before the receiver has answered even once: the clinician never waits for it.
  expect(answered()).toBe(0);
  await hook.idle();
  expect(answered()).toBe(3);
  expect(received).toHaveLength(3);
  const [first, second, third] = received.map((r) => r.at);
  expect(second! - first!).toBeGreaterThanOrEqual(18);
  expect(third! - second!).toBeGreaterThanOrEqual(38);
  const body = received[2]!.body;
  expect(JSON.parse(body)).toEqual({ type: 'clinicall.encounter.recorded', encounter });
  expect(received[2]!.signature).toBe(`sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`);
});

test('gives up cleanly after the last attempt', async () => {
  const { url, received } = await receiver([500]);
  const hook = webhookIntegrations({ url, attempts: 3, firstRetryMs: 5 });
  await hook.encounterRecorded(encounter);
  await hook.idle();
  expect(received).toHaveLength(3);
});

test('an unreachable receiver is retried and given up without an unhandled rejection', async () => {
  const hook = webhookIntegrations({ url: 'http://127.0.0.1:9/unreachable', attempts: 2, firstRetryMs: 5, timeoutMs: 500 });
  await expect(hook.encounterRecorded(encounter)).resolves.toBeUndefined();
  await expect(hook.idle()).resolves.toBeUndefined();
});

test('a receiver that resets the connection, or answers and then breaks off, costs a retry and nothing else', async () => {
  let requests = 0;
  server = createServer((request, response) => {
    requests += 1;
    request.resume();
    if (requests === 1) return request.socket.resetAndDestroy();
    // Accepted, with an endless body that is then cut off.
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('x'.repeat(64 * 1024));
    setTimeout(() => request.socket.resetAndDestroy(), 20);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const hook = webhookIntegrations({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, attempts: 3, firstRetryMs: 5 });
  await hook.encounterRecorded(encounter);
  await hook.idle();
  expect(requests).toBe(2);
});
