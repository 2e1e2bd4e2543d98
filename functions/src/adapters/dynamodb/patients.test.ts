import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DomainError, type Patient } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatientRepository } from '#ports';
import { type LocalDynamo, startDynalite } from './dynalite.ts';
import { dynamoStore } from './store.ts';
import { tableNames } from './tables.ts';

let dynamo: LocalDynamo;
let patients: PatientRepository;

const patient = (id: string, givenName: string, familyName: string, extra: Partial<Patient> = {}): Patient => ({
  id,
  givenName,
  familyName,
  dateOfBirth: '1980-04-12',
  language: 'en',
  createdAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

const people = [
  patient('patient-0001', 'Alex', 'Example', { mobile: '+447700900123', email: 'alex@example.org' }),
  patient('patient-0002', 'Zoë', "O'Brien", { dateOfBirth: '1975-12-01' }),
  patient('patient-0003', 'Alexandra', 'Smith', { mobile: '+447700900123' }),
  patient('patient-0004', 'Bo', 'Al'),
  patient('patient-0005', 'Chris', 'Baker', { dateOfBirth: '1975-12-01' }),
];

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

beforeAll(async () => {
  dynamo = await startDynalite({ tablePrefix: 'repository-test' });
  patients = dynamoStore(dynamo.db, dynamo.tablePrefix).patients;
  for (const p of people) await patients.add(p);
});

afterAll(async () => {
  await dynamo.close();
});

describe('dynamoPatients', () => {
  it('gets a patient back exactly as added, without index attributes', async () => {
    expect(await patients.get('patient-0001')).toEqual(people[0]);
    expect(await patients.get('patient-0002')).toEqual(people[1]);
  });

  it('answers undefined for an unknown id', async () => {
    expect(await patients.get('patient-none')).toBeUndefined();
  });

  it('refuses a second patient with the same id with conflict', async () => {
    const error = await patients.add(patient('patient-0001', 'Other', 'Person')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('conflict');
    expect((await patients.get('patient-0001'))?.givenName).toBe('Alex');
  });

  it('finds by the start of the given or the family name, once each', async () => {
    const ids = async (prefix: string) => (await patients.findByNamePrefix(prefix, 50)).map((p) => p.id).sort();
    expect(await ids('alex')).toEqual(['patient-0001', 'patient-0003']);
    expect(await ids('al')).toEqual(['patient-0001', 'patient-0003', 'patient-0004']);
    expect(await ids('exam')).toEqual(['patient-0001']);
    expect(await ids('obri')).toEqual(['patient-0002']);
    expect(await ids('zoe')).toEqual(['patient-0002']);
    expect(await ids('xy')).toEqual([]);
  });

  it('finds by date of birth and by mobile', async () => {
    expect((await patients.findByDateOfBirth('1975-12-01', 50)).map((p) => p.id).sort()).toEqual([
      'patient-0002',
      'patient-0005',
    ]);
    expect((await patients.findByMobile('+447700900123', 50)).map((p) => p.id).sort()).toEqual([
      'patient-0001',
      'patient-0003',
    ]);
    expect(await patients.findByMobile('+447700900999', 50)).toEqual([]);
  });

  it('lists the directory by family name a page at a time, the cursor leading through all of it', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await patients.list(2, cursor);
      expect(page.patients.length).toBeLessThanOrEqual(2);
      seen.push(...page.patients.map((p) => p.familyName));
      cursor = page.next;
      if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['Al', 'Baker', 'Example', "O'Brien", 'Smith']);
  });

  it('has no next page after the last', async () => {
    const all = await patients.list(100);
    expect(all.patients).toHaveLength(people.length);
    expect(all.next).toBeUndefined();
  });

  it('refuses a cursor that is not one of its own keys with invalid-request', async () => {
    const forged = [
      'not-base64-json',
      cursorOf({ id: 'x' }),
      cursorOf({ id: 'x', directory: 'patients', familySort: 'a', extra: 'b' }),
      cursorOf({ id: 1, directory: 'patients', familySort: 'a' }),
      cursorOf(['id', 'directory', 'familySort']),
      cursorOf(null),
      // the right shape, but not a key of this directory
      cursorOf({ id: 'x', directory: 'consultations', familySort: 'a' }),
      cursorOf({ id: '', directory: 'patients', familySort: '' }),
    ];
    for (const cursor of forged) {
      const error = await patients.list(2, cursor).catch((e: unknown) => e);
      expect(error, cursor).toBeInstanceOf(DomainError);
      expect((error as DomainError).code, cursor).toBe('invalid-request');
    }
  });

  it('continues from exactly where a cursor it made stopped', async () => {
    const first = await patients.list(1);
    expect(first.patients.map((p) => p.familyName)).toEqual(['Al']);
    const rest = await patients.list(10, first.next);
    expect(rest.patients.map((p) => p.familyName)).toEqual(['Baker', 'Example', "O'Brien", 'Smith']);
  });
});

describe('dynamoPatients: languages and changes', () => {
  let changing: LocalDynamo;
  let repository: PatientRepository;

  beforeAll(async () => {
    changing = await startDynalite({ tablePrefix: 'patient-changes-test' });
    repository = dynamoStore(changing.db, changing.tablePrefix).patients;
  });

  afterAll(async () => {
    await changing.close();
  });

  it('reads a patient recorded before patients had a language in the organisation\'s default', async () => {
    await changing.db.send(
      new PutCommand({
        TableName: tableNames(changing.tablePrefix).patients,
        Item: { id: 'patient-old1', givenName: 'Old', familyName: 'Record', dateOfBirth: '1950-01-01', createdAt: '2024-01-01T00:00:00.000Z' },
      }),
    );
    expect((await repository.get('patient-old1'))?.language).toBe('en');
    await repository.add(patient('patient-new1', 'New', 'Record'));
    const swedish = dynamoStore(changing.db, changing.tablePrefix, { defaultLanguage: 'sv' }).patients;
    expect((await swedish.get('patient-old1'))?.language).toBe('sv');
    expect((await swedish.get('patient-new1'))?.language).toBe('en');
  });

  it('changes a language and a mobile number, removes an email, and finds the patient by the new number', async () => {
    await repository.add(patient('patient-upd1', 'Una', 'Update', { mobile: '+447700900555', email: 'una@example.org' }));
    const changed = await repository.update('patient-upd1', { language: 'sv', mobile: '+46701234567', email: null });
    expect(changed).toEqual({ ...patient('patient-upd1', 'Una', 'Update'), language: 'sv', mobile: '+46701234567' });
    expect(await repository.get('patient-upd1')).toEqual(changed);
    expect((await repository.findByMobile('+46701234567', 50)).map((p) => p.id)).toEqual(['patient-upd1']);
    expect(await repository.findByMobile('+447700900555', 50)).toEqual([]);
  });

  it('changes nobody when there is no such patient', async () => {
    expect(await repository.update('patient-none', { language: 'sv' })).toBeUndefined();
    expect(await repository.get('patient-none')).toBeUndefined();
  });

});
