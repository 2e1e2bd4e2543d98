import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditEntry, DomainError } from '@clinicall/shared';
import type { AuditFilter, AuditTrail } from '#ports';
import { isConditionFailure } from './document-client.ts';

/** The trail's one partition of the byTime index. */
const trail = 'audit';

/** Whose and what the entry is about, as the indexes find it. */
const keysOf = (entry: AuditEntry) => {
  const { actor, targets } = entry;
  const patientId = targets.patientId ?? (actor.kind === 'patient' ? actor.patientId : undefined);
  const consultationId = targets.consultationId ?? (actor.kind === 'participant' ? actor.consultationId : undefined);
  return {
    trail,
    sortKey: `${entry.at}#${entry.id}`,
    ...(actor.kind !== 'anonymous' && { actorId: actor.id }),
    ...(patientId && { patientId }),
    ...(consultationId && { consultationId }),
  };
};

const fromItem = (item: Record<string, unknown>): AuditEntry => {
  const { trail: _t, sortKey: _s, actorId: _a, patientId: _p, consultationId: _c, ...entry } = item;
  return AuditEntry.parse(entry);
};

interface Plan {
  readonly index: 'byTime' | 'byActor' | 'byPatient' | 'byConsultation';
  readonly key: 'trail' | 'actorId' | 'patientId' | 'consultationId';
  readonly value: string;
}

/** The narrowest index for the filter: a consultation, a patient, a person, else the whole trail. */
const planOf = (filter: AuditFilter): Plan => {
  if (filter.consultationId) return { index: 'byConsultation', key: 'consultationId', value: filter.consultationId };
  if (filter.patientId) return { index: 'byPatient', key: 'patientId', value: filter.patientId };
  if (filter.actorId) return { index: 'byActor', key: 'actorId', value: filter.actorId };
  return { index: 'byTime', key: 'trail', value: trail };
};

const invalidNext = () => new DomainError('invalid-request', 'That page marker is not valid.');

const encodeNext = (plan: Plan, key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify({ i: plan.index, k: key })).toString('base64url');

/**
 * A page marker is only ever one of our own keys, for this same filter: anything else (another
 * filter's marker, a forged key) is refused, never passed to DynamoDB.
 */
const decodeNext = (plan: Plan, next: string): Record<string, string> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(next, 'base64url').toString('utf8'));
  } catch {
    throw invalidNext();
  }
  const { i, k } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { i?: unknown; k?: unknown };
  if (i !== plan.index || typeof k !== 'object' || k === null || Array.isArray(k)) throw invalidNext();
  const key = k as Record<string, unknown>;
  const fields = [...new Set(['id', 'sortKey', plan.key])];
  const valid =
    Object.keys(key).length === fields.length &&
    fields.every((field) => typeof key[field] === 'string' && (key[field]).length > 0 && (key[field]).length <= 200) &&
    key[plan.key] === plan.value &&
    /^\d{4}-\d{2}-\d{2}T[^#]+#[A-Za-z0-9_-]+$/.test(key.sortKey as string);
  if (!valid) throw invalidNext();
  return key as Record<string, string>;
};

/** A filtered query may find few entries per read: it reads on, this many times at most, to fill a page. */
const maxReads = 10;

export const dynamoAuditTrail = (db: DynamoDBDocumentClient, table: string): AuditTrail => ({
  async append(entry) {
    const checked = AuditEntry.parse(entry);
    try {
      // A put that can only create: an entry, once written, is never replaced.
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...checked, ...keysOf(checked) },
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new DomainError('conflict', 'This audit entry is already written.');
      throw error;
    }
  },

  async query(filter, limit, next) {
    const plan = planOf(filter);
    let from = next ? decodeNext(plan, next) : undefined;
    // DynamoDB refuses a starting key outside the window asked for: so does the trail, as a 400.
    if (from && ((filter.from && from.sortKey! < filter.from) || (filter.to && from.sortKey! > filter.to))) throw invalidNext();
    // Sort keys are `<at>#<id>`: `from` is inclusive as is; an entry at exactly `to` sorts after `to` and is left out.
    const range =
      filter.from && filter.to
        ? { condition: ' AND sortKey BETWEEN :from AND :to', values: { ':from': filter.from, ':to': filter.to } }
        : filter.from
          ? { condition: ' AND sortKey >= :from', values: { ':from': filter.from } }
          : filter.to
            ? { condition: ' AND sortKey < :to', values: { ':to': filter.to } }
            : { condition: '', values: {} };
    const narrower = (
      [
        ['actorId', filter.actorId],
        ['patientId', filter.patientId],
        ['consultationId', filter.consultationId],
      ] as const
    ).filter(([name, value]) => value !== undefined && name !== plan.key);
    const entries: AuditEntry[] = [];
    for (let reads = 0; reads < maxReads && entries.length < limit; reads++) {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: plan.index,
          KeyConditionExpression: `#key = :key${range.condition}`,
          ...(narrower.length > 0 && { FilterExpression: narrower.map(([name]) => `#${name} = :${name}`).join(' AND ') }),
          ExpressionAttributeNames: { '#key': plan.key, ...Object.fromEntries(narrower.map(([name]) => [`#${name}`, name])) },
          ExpressionAttributeValues: {
            ':key': plan.value,
            ...range.values,
            ...Object.fromEntries(narrower.map(([name, value]) => [`:${name}`, value])),
          },
          ScanIndexForward: false,
          Limit: limit - entries.length,
          ...(from && { ExclusiveStartKey: from }),
        }),
      );
      entries.push(...(page.Items ?? []).map(fromItem));
      from = page.LastEvaluatedKey as Record<string, string> | undefined;
      if (!from) break;
    }
    return { entries, ...(from && { next: encodeNext(plan, from) }) };
  },
});
