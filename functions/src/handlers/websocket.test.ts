import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dependencies } from '#ports';
import { cryptoIds } from '#adapters/ids';
import { type LocalDynamo, startDynalite } from '#adapters/dynamodb/dynalite';
import { dynamoStore } from '#adapters/dynamodb/store';
import { issueEventTicket } from '#use-cases/events';
import { eventsProtocols } from '@clinicall/shared/paths';
import type { ConsultationRecord, ParticipantRecord } from '../consultation/record.ts';
import { siteCheck } from '../http/through-the-site.ts';
import { createWebSocketHandler, type WebSocketEvent } from './websocket.ts';

/** What API Gateway's WebSocket API hands the function. */
const socketEvent = (routeKey: string, connectionId: string, extra: Partial<WebSocketEvent> = {}): WebSocketEvent =>
  ({
    requestContext: { routeKey, connectionId, eventType: routeKey === '$default' ? 'MESSAGE' : routeKey.slice(1).toUpperCase() },
    isBase64Encoded: false,
    ...extra,
  }) as WebSocketEvent;

const at = '2026-12-01T10:00:00.000Z';
const person = (id: string, state: ParticipantRecord['state'], extra: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  id,
  role: 'patient',
  displayName: id,
  state,
  updatedAt: at,
  ...extra,
});

/** A consultation in the store: the host, and people in the states given. */
const consultation = (id: string, people: ParticipantRecord[], status: ConsultationRecord['status'] = 'in-progress'): ConsultationRecord => ({
  id,
  type: 'consult-now',
  status,
  hostId: 'staff-1',
  hostName: 'Dr Test',
  createdAt: at,
  participants: Object.fromEntries(
    [person('clinician-1', 'admitted', { role: 'clinician', staffId: 'staff-1' }), ...people].map((p) => [p.id, p]),
  ),
  links: {},
  version: 1,
});

describe('the events WebSocket handler', () => {
  let dynamo: LocalDynamo;
  let deps: Pick<Dependencies, 'store' | 'clock' | 'events' | 'ids'>;
  const posted: { connectionId: string; data: string }[] = [];
  const gone = new Set<string>();
  const refused = new Set<string>();
  const post = vi.fn((connectionId: string, data: string) => {
    if (gone.has(connectionId)) return Promise.resolve(false);
    if (refused.has(connectionId)) return Promise.reject(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));
    posted.push({ connectionId, data });
    return Promise.resolve(true);
  });
  let handle: ReturnType<typeof createWebSocketHandler>;

  const ticketFor = async (consultationId: string, participantId: string) =>
    (await issueEventTicket(deps, { kind: 'participant', session: { consultationId, participantId } })).ticket;
  /** As API Gateway hands over a browser's `new WebSocket(url, eventsProtocols(ticket))`. */
  const offering = (value: string) => ({ headers: { 'Sec-WebSocket-Protocol': value } }) as Partial<WebSocketEvent>;
  const connect = async (connectionId: string, ticket?: string) =>
    (await handle(socketEvent('$connect', connectionId, ticket === undefined ? {} : offering(eventsProtocols(ticket).join(', '))))).statusCode;

  beforeAll(async () => {
    dynamo = await startDynalite({ tablePrefix: 'websocket-test' });
    deps = {
      store: dynamoStore(dynamo.db, 'websocket-test'),
      clock: { now: () => new Date() },
      ids: cryptoIds,
      events: { publish: () => Promise.resolve(), publishAll: () => Promise.resolve(), close: () => Promise.resolve() },
    };
    handle = createWebSocketHandler(deps, post);
    await deps.store.consultations.add(
      consultation('consultation-1', [person('patient-1', 'admitted'), person('family-1', 'admitted'), person('waiting-1', 'waiting')]),
    );
    await deps.store.consultations.add(consultation('consultation-2', [person('patient-2', 'admitted')]));
    await deps.store.consultations.add(consultation('consultation-over', [person('patient-3', 'left')], 'ended'));
  });
  afterAll(async () => {
    await dynamo.close();
  });

  it('accepts a connection that brings a valid ticket, once', async () => {
    const ticket = await ticketFor('consultation-1', 'patient-1');
    expect(await connect('conn-patient', ticket)).toBe(200);
    expect(await deps.store.access.getConnection('conn-patient')).toMatchObject({ peerId: 'patient-1', consultationId: 'consultation-1' });
    expect(await connect('conn-replay', ticket)).toBe(401);
    expect(await deps.store.access.getConnection('conn-replay')).toBeUndefined();
  });

  it('chooses the events protocol, which the browser requires to open; a ticket in the URL is not read', async () => {
    const ticket = await ticketFor('consultation-1', 'patient-1');
    // Offered without the events protocol, or beside a second ticket, or in the query string: refused, and still unspent.
    expect((await handle(socketEvent('$connect', 'conn-bare', offering(`ticket.${ticket}`)))).statusCode).toBe(401);
    expect((await handle(socketEvent('$connect', 'conn-two', offering(`${eventsProtocols(ticket).join(',')},ticket.other`)))).statusCode).toBe(401);
    expect((await handle(socketEvent('$connect', 'conn-query', { queryStringParameters: { ticket } }))).statusCode).toBe(401);
    expect(await handle(socketEvent('$connect', 'conn-protocol', offering(eventsProtocols(ticket).join(','))))).toEqual({
      statusCode: 200,
      headers: { 'Sec-WebSocket-Protocol': 'clinicall.events' },
    });
    await handle(socketEvent('$disconnect', 'conn-protocol'));
  });

  it('on AWS, refuses with 403 a connection that did not come through the site, before spending its ticket', async () => {
    const throughTheSite = createWebSocketHandler(deps, post, siteCheck(() => Promise.resolve(['the-origin-secret'])));
    const ticket = await ticketFor('consultation-1', 'patient-1');
    const asked = (headers: Record<string, string>) => throughTheSite(socketEvent('$connect', 'conn-direct', { headers } as Partial<WebSocketEvent>));
    expect((await asked({ 'Sec-WebSocket-Protocol': eventsProtocols(ticket).join(',') })).statusCode).toBe(403);
    expect((await asked({ 'Sec-WebSocket-Protocol': eventsProtocols(ticket).join(','), 'X-Clinicall-Origin': 'a-guess' })).statusCode).toBe(403);
    expect(await deps.store.access.getConnection('conn-direct')).toBeUndefined();
    // The ticket was not spent: through CloudFront, with its header, it opens.
    expect((await asked({ 'Sec-WebSocket-Protocol': eventsProtocols(ticket).join(','), 'x-clinicall-origin': 'the-origin-secret' })).statusCode).toBe(200);
    await handle(socketEvent('$disconnect', 'conn-direct'));
  });

  it('refuses a connection without a ticket or with a made-up one', async () => {
    expect(await connect('conn-none')).toBe(401);
    expect(await connect('conn-fake', 'x'.repeat(43))).toBe(401);
    expect(await connect('conn-odd', '../../etc/passwd')).toBe(401);
  });

  it('relays a signal to the addressed peer of the same consultation, and forgets a peer that has gone', async () => {
    expect(await connect('conn-clinician', await ticketFor('consultation-1', 'clinician-1'))).toBe(200);
    expect(await connect('conn-gone', await ticketFor('consultation-1', 'family-1'))).toBe(200);
    expect(await connect('conn-elsewhere', await ticketFor('consultation-2', 'patient-2'))).toBe(200);
    gone.add('conn-gone');
    posted.length = 0;

    const body = JSON.stringify({ action: 'signal', to: '*', data: { sdp: 'offer' } });
    expect((await handle(socketEvent('$default', 'conn-clinician', { body }))).statusCode).toBe(200);

    expect(posted.map((p) => p.connectionId)).toEqual(['conn-patient']);
    expect(JSON.parse(posted[0]!.data)).toEqual({ type: 'signal', consultationId: 'consultation-1', from: 'clinician-1', data: { sdp: 'offer' } });
    expect(await deps.store.access.getConnection('conn-gone')).toBeUndefined();
    expect(await deps.store.access.getConnection('conn-patient')).toBeDefined();
  });

  it('relays nothing from or to someone still waiting: the call is for the people in it', async () => {
    expect(await connect('conn-waiting', await ticketFor('consultation-1', 'waiting-1'))).toBe(200);
    posted.length = 0;
    const hello = JSON.stringify({ action: 'signal', to: '*', data: { kind: 'hello' } });
    await handle(socketEvent('$default', 'conn-waiting', { body: hello }));
    await handle(socketEvent('$default', 'conn-waiting', { body: JSON.stringify({ action: 'signal', to: 'clinician-1', data: { kind: 'hello' } }) }));
    expect(posted).toEqual([]);
    await handle(socketEvent('$default', 'conn-clinician', { body: JSON.stringify({ action: 'signal', to: 'waiting-1', data: { kind: 'hello' } }) }));
    await handle(socketEvent('$default', 'conn-clinician', { body: hello }));
    expect(posted.map((p) => p.connectionId)).toEqual(['conn-patient']);
  });

  it('gives no ticket to the sessions of a consultation that is over, and relays nothing in it', async () => {
    await expect(ticketFor('consultation-over', 'patient-3')).rejects.toMatchObject({ code: 'consultation-ended' });
    // Connections opened before the end (the host's, the patient's): signals now go nowhere.
    await deps.store.consultations.update('consultation-1', (current) => ({ ...current, status: 'ended' }));
    posted.length = 0;
    await handle(socketEvent('$default', 'conn-clinician', { body: JSON.stringify({ action: 'signal', to: '*', data: { kind: 'hello' } }) }));
    expect(posted).toEqual([]);
    await deps.store.consultations.update('consultation-1', (current) => ({ ...current, status: 'in-progress' }));
  });

  it('relays to the others when the gateway refuses one peer, and keeps that peer', async () => {
    expect(await connect('conn-family', await ticketFor('consultation-1', 'family-1'))).toBe(200);
    refused.add('conn-patient');
    posted.length = 0;
    const body = JSON.stringify({ action: 'signal', to: '*', data: { kind: 'hello' } });
    expect((await handle(socketEvent('$default', 'conn-clinician', { body }))).statusCode).toBe(200);
    expect(posted.map((p) => p.connectionId)).toEqual(['conn-family']);
    expect(await deps.store.access.getConnection('conn-patient')).toBeDefined();
    refused.clear();
  });

  it('asks the store who sends on a connection once, but whether they are still in the call every time', async () => {
    const lookups = vi.spyOn(deps.store.access, 'getConnection');
    expect(await connect('conn-family-2', await ticketFor('consultation-1', 'family-1'))).toBe(200);
    const hello = JSON.stringify({ action: 'signal', to: 'clinician-1', data: { kind: 'hello' } });
    posted.length = 0;
    await handle(socketEvent('$default', 'conn-family-2', { body: hello }));
    await handle(socketEvent('$default', 'conn-family-2', { body: hello }));
    expect(posted.map((p) => p.connectionId)).toEqual(['conn-clinician', 'conn-clinician']);
    expect(lookups.mock.calls.filter(([id]) => id === 'conn-family-2')).toHaveLength(1);
    // Sent back to the waiting room: the same open socket reaches no one in the call any more.
    const place = (state: ParticipantRecord['state']) =>
      deps.store.consultations.update('consultation-1', (current) => ({
        ...current,
        participants: { ...current.participants, 'family-1': { ...current.participants['family-1']!, state } },
      }));
    await place('waiting');
    posted.length = 0;
    await handle(socketEvent('$default', 'conn-family-2', { body: hello }));
    expect(posted).toEqual([]);
    await place('admitted');
    lookups.mockRestore();
  });

  it('drops messages that are not JSON signals, or too big, without posting', async () => {
    posted.length = 0;
    for (const body of ['not json', JSON.stringify({ action: 'shout' }), JSON.stringify({ action: 'signal', to: '*', data: 'x'.repeat(40_000) })]) {
      expect((await handle(socketEvent('$default', 'conn-clinician', { body }))).statusCode).toBe(200);
    }
    expect(posted).toEqual([]);
  });

  it('forgets the connection on $disconnect', async () => {
    expect((await handle(socketEvent('$disconnect', 'conn-patient'))).statusCode).toBe(200);
    expect(await deps.store.access.getConnection('conn-patient')).toBeUndefined();
  });
});
