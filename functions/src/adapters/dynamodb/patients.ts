import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError, type Language, Patient } from '@clinicall/shared';
import type { PatientRepository } from '#ports';
import { isConditionFailure } from './document-client.ts';

/** Lower case, no accents, letters only: "Zoë O'Brien" → "zoe", "obrien". */
export const searchKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The index partition: the first two letters, so one name never makes one hot partition. */
export const prefixOf = (key: string): string => key.slice(0, 2).padEnd(2, '_');

const toItem = (patient: Patient) => {
  const given = searchKey(patient.givenName);
  const family = searchKey(patient.familyName);
  return {
    ...patient,
    givenPrefix: prefixOf(given),
    givenSort: `${given}#${family}#${patient.id}`,
    familyPrefix: prefixOf(family),
    familySort: `${family}#${given}#${patient.id}`,
    directory: 'patients',
  };
};

/** A patient recorded before patients had a language reads as the organisation's default. */
const reader = (defaultLanguage: Language) => (item: Record<string, unknown>): Patient =>
  Patient.parse({ language: defaultLanguage, ...item });

const encodeCursor = (key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** A cursor is only ever one of our own keys: anything else is refused, not passed to DynamoDB. */
const decodeCursor = (cursor: string): Record<string, string> => {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const fields = ['id', 'directory', 'familySort'];
    if (
      typeof key === 'object' && key !== null &&
      Object.keys(key).length === fields.length &&
      fields.every((f) => typeof (key as Record<string, unknown>)[f] === 'string' && (key as Record<string, string>)[f] !== '') &&
      (key as Record<string, unknown>).directory === 'patients'
    ) {
      return key as Record<string, string>;
    }
  } catch {
    // fall through
  }
  throw new DomainError('invalid-request', 'That page marker is not valid.');
};

export const dynamoPatients = (db: DynamoDBDocumentClient, table: string, defaultLanguage: Language = 'en'): PatientRepository => {
  const fromItem = reader(defaultLanguage);
  const query = async (
    index: string,
    key: string,
    value: string,
    limit: number,
    sortPrefix?: string,
  ): Promise<Patient[]> => {
    const result = await db.send(
      new QueryCommand({
        TableName: table,
        IndexName: index,
        KeyConditionExpression: sortPrefix ? '#k = :v AND begins_with(#s, :p)' : '#k = :v',
        ExpressionAttributeNames: { '#k': key, ...(sortPrefix && { '#s': index === 'byGivenName' ? 'givenSort' : 'familySort' }) },
        ExpressionAttributeValues: { ':v': value, ...(sortPrefix && { ':p': sortPrefix }) },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(fromItem);
  };

  const get = async (id: string): Promise<Patient | undefined> => {
    const result = await db.send(new GetCommand({ TableName: table, Key: { id } }));
    return result.Item ? fromItem(result.Item) : undefined;
  };

  return {
    async add(patient) {
      try {
        await db.send(
          new PutCommand({
            TableName: table,
            Item: toItem(patient),
            ConditionExpression: 'attribute_not_exists(id)',
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new DomainError('conflict', 'A patient with this id already exists.');
        throw error;
      }
    },
    get,
    async update(id, changes) {
      const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
      const set = entries.filter(([, value]) => value !== null);
      const remove = entries.filter(([, value]) => value === null);
      const expression = [
        set.length > 0 && `SET ${set.map(([field]) => `#${field} = :${field}`).join(', ')}`,
        remove.length > 0 && `REMOVE ${remove.map(([field]) => `#${field}`).join(', ')}`,
      ].filter(Boolean).join(' ');
      if (!expression) return get(id);
      try {
        const result = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { id },
            UpdateExpression: expression,
            ConditionExpression: 'attribute_exists(id)',
            ExpressionAttributeNames: Object.fromEntries(entries.map(([field]) => [`#${field}`, field])),
            ...(set.length > 0 && { ExpressionAttributeValues: Object.fromEntries(set.map(([field, value]) => [`:${field}`, value])) }),
            ReturnValues: 'ALL_NEW',
          }),
        );
        return result.Attributes ? fromItem(result.Attributes) : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
    async findByNamePrefix(prefix, limit) {
      const [byGiven, byFamily] = await Promise.all([
        query('byGivenName', 'givenPrefix', prefixOf(prefix), limit, prefix),
        query('byFamilyName', 'familyPrefix', prefixOf(prefix), limit, prefix),
      ]);
      return [...new Map([...byFamily, ...byGiven].map((p) => [p.id, p])).values()];
    },
    findByDateOfBirth: (dateOfBirth, limit) => query('byDateOfBirth', 'dateOfBirth', dateOfBirth, limit),
    findByMobile: (e164, limit) => query('byMobile', 'mobile', e164, limit),
    async list(limit, cursor) {
      const result = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'byDirectory',
          KeyConditionExpression: 'directory = :d',
          ExpressionAttributeValues: { ':d': 'patients' },
          Limit: limit,
          ...(cursor && { ExclusiveStartKey: decodeCursor(cursor) }),
        }),
      );
      return {
        patients: (result.Items ?? []).map(fromItem),
        ...(result.LastEvaluatedKey && { next: encodeCursor(result.LastEvaluatedKey) }),
      };
    },
    async remove(id) {
      await db.send(new DeleteCommand({ TableName: table, Key: { id } }));
    },
  };
};
