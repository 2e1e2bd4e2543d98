import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { join } from 'node:path';
import { startDynalite } from '@clinicall/functions/adapters/dynamodb/dynalite';
import { tableNames } from '@clinicall/functions/adapters/dynamodb/tables';
import type { RuntimeOptions } from './runtime.ts';
import { afterAll, describe, expect, test } from 'vitest';
import { startTestRuntime, type TestRuntime } from './testing/local-api.ts';
import { mortal, until } from './testing/mortal-store.ts';

/**
 * Contact details used for one call are gone once the retention after the call has passed: a
 * Consult Now to a one-off number and an interpreter invited by email, admitted, the call ended;
 * then no item of any table holds the number, the address or the interpreter's name, while the
 * call history still shows the consultation. A process killed in the middle of the purge
 * finishes it when it starts again.
 */

const oneOffMobile = '07700 900555';
const traces = ['7700900555', 'ingrid.tolk@example.net', 'Ingrid'];
const retention: Partial<RuntimeOptions> = { contactRetentionSeconds: 1, contactCheckSeconds: 1 };

const started: TestRuntime[] = [];
afterAll(async () => {
  for (const runtime of started) await runtime.dispose().catch(() => undefined);
});

type Consultation = {
  id: string;
  status: string;
  outcome?: { result: string };
  participants: { id: string; role: string; displayName: string; state: string }[];
  links: { sentTo: string }[];
};

/** Through the API as people would: sent, opened, checked, admitted, invited, ended. Answers the consultation's id. */
const callThatEnds = async (clinic: TestRuntime): Promise<string> => {
  const staff = await clinic.api.signIn();
  const sent = await clinic.api.request<{ consultation: Consultation }>('/api/consult-now', {
    token: staff,
    json: { patientId: 'patient-alex-example', mobile: oneOffMobile },
  });
  expect(sent.status, sent.text).toBe(201);
  const id = sent.body.consultation.id;
  const patient = await clinic.api.request<{ session: string; participantId: string }>('/api/join/verify', {
    json: { token: (await clinic.api.latestLink()).token, dateOfBirth: '1980-04-12' },
  });
  expect(patient.status, patient.text).toBe(200);
  const checked = await clinic.api.request('/api/session/device-check', {
    token: patient.body.session,
    json: { camera: 'ok', microphone: 'ok', speaker: 'ok', connection: 'good', roundTripMs: 40 },
  });
  expect(checked.status, checked.text).toBeLessThan(300);
  const admit = (participantId: string) => clinic.api.request(`/api/consultations/${id}/admit`, { token: staff, json: { participantId } });
  expect((await admit(patient.body.participantId)).status).toBe(200);

  const invited = await clinic.api.request(`/api/consultations/${id}/invite`, {
    token: staff,
    json: { role: 'interpreter', email: 'ingrid.tolk@example.net', displayName: 'Ingrid Tolk' },
  });
  expect(invited.status, invited.text).toBe(201);
  const { token, to } = await clinic.api.latestLink();
  expect(to).toBe('ingrid.tolk@example.net');
  const opened = await clinic.api.request<{ next: string; participantId?: string }>('/api/join', { json: { token } });
  const interpreter =
    opened.body.next === 'enter-name'
      ? (await clinic.api.request<{ participantId: string }>('/api/join/verify', { json: { token, displayName: 'Ingrid Tolk' } })).body
      : { participantId: opened.body.participantId! };
  await admit(interpreter.participantId);

  const ended = await clinic.api.request(`/api/consultations/${id}/end`, {
    token: staff,
    json: { result: 'completed', technicalProblems: false },
  });
  expect(ended.status, ended.text).toBe(200);
  return id;
};

const forgotten = async (clinic: TestRuntime, id: string) => {
  const record = await clinic.dependencies.store.consultations.get(id);
  const purging = (await clinic.dependencies.store.access.pendingTimers()).some((t) => t.kind === 'contact-purge' && t.id === id);
  return record?.contactsForgottenAt && !purging ? true : undefined;
};

/** Every item of every table, on the data directory as the runtime left it. */
const everyItem = async (dataDir: string): Promise<string[]> => {
  const dynamo = await startDynalite({ path: join(dataDir, 'dynamodb') });
  const items: string[] = [];
  try {
    for (const table of Object.values(tableNames(dynamo.tablePrefix))) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await dynamo.db.send(new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }));
        items.push(...(page.Items ?? []).map((item) => JSON.stringify(item)));
        start = page.LastEvaluatedKey;
      } while (start);
    }
  } finally {
    await dynamo.close();
  }
  return items;
};

const expectNoTraces = async (dataDir: string, why: string) => {
  const items = await everyItem(dataDir);
  expect(items.length).toBeGreaterThan(0);
  for (const trace of traces) expect(items.filter((item) => item.includes(trace)), `${why}: ${trace}`).toEqual([]);
};

/** The history still shows the consultation: who took part in what role, when, and how it went; no names but staff's. */
const expectHistory = async (clinic: TestRuntime, id: string) => {
  const staff = await clinic.api.signIn();
  const seen = await clinic.api.request<Consultation>(`/api/consultations/${id}`, { token: staff });
  expect(seen.status, seen.text).toBe(200);
  expect(seen.body).toMatchObject({ status: 'ended', outcome: { result: 'completed' } });
  expect(seen.body.participants.map((p) => p.role).sort()).toEqual(['clinician', 'interpreter', 'patient']);
  for (const p of seen.body.participants) if (p.role !== 'clinician') expect(p.displayName).toBe('');
  expect(seen.body.links.every((l) => l.sentTo === '')).toBe(true);
  const ended = await clinic.api.request<{ consultations: { id: string }[] }>('/api/consultations?status=ended', { token: staff });
  expect(ended.body.consultations.map((c) => c.id)).toContain(id);
};

let purgeWrites = 0;

describe('contact details after a call', () => {
  test('are gone from every table once the retention has passed; the history still lists the call', async () => {
    const store = mortal();
    const clinic = await startTestRuntime({ ...retention, wrapDocumentClient: store.wrap });
    started.push(clinic);
    const id = await callThatEnds(clinic);
    const before = store.acknowledged.length;
    await until('the contact details are forgotten', () => forgotten(clinic, id));
    purgeWrites = store.acknowledged.length - before;
    await expectHistory(clinic, id);
    await clinic.close();
    await expectNoTraces(clinic.dataDir, 'after the purge');
  }, 30_000);

  test('a runtime killed at any write of the purge finishes it when started again', async () => {
    // Two links (two pointers each), the patient's and the interpreter's items, the mark, the timer's removal.
    expect(purgeWrites).toBeGreaterThanOrEqual(7);
    for (let allowed = 0; allowed < purgeWrites; allowed++) {
      const store = mortal();
      const clinic = await startTestRuntime({ ...retention, contactRetentionSeconds: 2, wrapDocumentClient: store.wrap });
      started.push(clinic);
      const id = await callThatEnds(clinic);
      store.dieAfter(allowed);
      await until(`the purge dies after ${allowed} writes`, () => Promise.resolve(store.isDead() ? true : undefined));
      await clinic.close(); // kill -9: nothing more is written
      if (allowed === 0) {
        // The search is real: before the purge, the details are there to be found.
        const items = await everyItem(clinic.dataDir);
        for (const trace of traces) expect(items.some((item) => item.includes(trace)), trace).toBe(true);
      }

      const fresh = await startTestRuntime(retention, clinic.dataDir);
      started.push(fresh);
      await until(`killed after ${allowed} writes: the purge finishes`, () => forgotten(fresh, id));
      await expectHistory(fresh, id);
      await fresh.close();
      await expectNoTraces(clinic.dataDir, `killed after ${allowed} writes`);
    }
  }, 180_000);
});
