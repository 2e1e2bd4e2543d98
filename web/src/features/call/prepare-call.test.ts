import type { MediaCredentials } from '@clinicall/shared';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { listenAhead, preparedCall, prepareStaffCall, withAdmitted } from './prepare-call.ts';

/** Sockets and requests as a browser would make them; the test only counts them. */
const opened: { closed: boolean }[] = [];
const sockets: { onmessage?: (message: { data: string }) => void }[] = [];
beforeEach(() => {
  opened.length = 0;
  sockets.length = 0;
  vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined });
  vi.stubGlobal('location', { origin: 'http://localhost:3000' });
  vi.stubGlobal('sessionStorage', { getItem: () => null });
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: () => new Promise(() => undefined) } });
  vi.stubGlobal(
    'WebSocket',
    class {
      readonly state = { closed: false };
      onmessage?: (message: { data: string }) => void;
      constructor() {
        opened.push(this.state);
        sockets.push(this);
      }
      close() {
        this.state.closed = true;
      }
      send() {}
    },
  );
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve(
      url.endsWith('/media')
        ? new Response(JSON.stringify(p2p(['host'])), { status: 200 })
        : new Response(JSON.stringify({ ticket: 't'.repeat(43) }), { status: 201 }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

const p2p = (roster: string[]): MediaCredentials => ({ kind: 'p2p', roomId: 'r', peerId: 'host', roster, iceServers: [] });

test('the person being admitted is on the call list once the admission is through, even if the credentials came first', async () => {
  const admitted = await withAdmitted(Promise.resolve(p2p(['host'])), { participantId: 'patient', admission: Promise.resolve() });
  expect(admitted).toMatchObject({ roster: ['host', 'patient'] });
  const already = await withAdmitted(Promise.resolve(p2p(['host', 'patient'])), { participantId: 'patient', admission: Promise.resolve() });
  expect(already).toMatchObject({ roster: ['host', 'patient'] });
});

test('a refused admission adds no one, and a call opened without admitting is as the server listed it', async () => {
  const refused = await withAdmitted(Promise.resolve(p2p(['host'])), { participantId: 'patient', admission: Promise.reject(new Error('409')) });
  expect(refused).toMatchObject({ roster: ['host'] });
  expect(await withAdmitted(Promise.resolve(p2p(['host'])), undefined)).toMatchObject({ roster: ['host'] });
});

test('while someone waits the socket is open ahead; Admit takes it to the call, and only an untaken one is let go', async () => {
  const release = listenAhead('waiting-1', 'token');
  await vi.waitFor(() => expect(opened).toHaveLength(1));
  const ahead = preparedCall('waiting-1')!.events;
  prepareStaffCall('waiting-1', 'token', { participantId: 'patient', admission: Promise.resolve() });
  expect(preparedCall('waiting-1')!.events).toBe(ahead);
  release();
  expect(preparedCall('waiting-1')).toBeDefined();
  expect(opened[0]!.closed).toBe(false);

  const releaseOther = listenAhead('waiting-2', 'token');
  await vi.waitFor(() => expect(opened).toHaveLength(2));
  releaseOther(); // the patient left the waiting room before anyone was admitted
  expect(preparedCall('waiting-2')).toBeUndefined();
  expect(opened[1]!.closed).toBe(true);
});

test('the call starts once the socket hears the person let in, before the admission answers, with them on its list', async () => {
  const release = listenAhead('waiting-3', 'token');
  await vi.waitFor(() => expect(sockets).toHaveLength(1));
  prepareStaffCall('waiting-3', 'token', { participantId: 'patient', admission: new Promise(() => undefined) });
  const credentials = preparedCall('waiting-3')!.credentials!;
  let settled = false;
  void credentials.then(() => (settled = true));
  // Whatever was already under way has run (a turn of the event loop): still waiting for the word.
  await new Promise((resolve) => setImmediate(resolve));
  expect(settled).toBe(false);
  sockets[0]!.onmessage!({
    data: JSON.stringify({
      type: 'participant-changed',
      consultationId: 'waiting-3',
      participant: { id: 'patient', role: 'patient', displayName: 'Pat', state: 'admitted' },
    }),
  });
  expect(await credentials).toMatchObject({ roster: ['host', 'patient'] });
  release();
});
