import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError, isConsultationOver } from '@clinicall/shared';
import type { ConsultationRepository } from '#ports';
import { settled } from '../../consultation/changes.ts';
import type { ConsultationRecord } from '../../consultation/record.ts';
import {
  assemble,
  headerFromItem,
  headerItem,
  headerKey,
  consultationOfItem,
  headerOf,
  listsAsCoHost,
  partitionOf,
  peopleOf,
  personKey,
  personItem,
  same,
  type Stored,
} from './consultation-items.ts';
import { isConditionFailure, queryAll } from './document-client.ts';

/** Enough for any honest contention on one person (50 people racing for one link settle in two rounds). */
const maxRounds = 25;

type Item = Record<string, unknown>;

/** Lost a race: what was read is no longer what is stored. */
class Outdated extends Error {}

export const dynamoConsultations = (db: DynamoDBDocumentClient, table: string): ConsultationRepository => {
  const read = async (id: string): Promise<Stored | undefined> => {
    const items: Item[] = [];
    let from: Item | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': partitionOf(id) },
          ConsistentRead: true,
          ExclusiveStartKey: from,
        }),
      );
      items.push(...(page.Items ?? []));
      from = page.LastEvaluatedKey;
    } while (from);
    return assemble(items);
  };

  /** The header and one person's item: what a change to that person alone needs, whatever the size of the group. */
  const readPerson = async (id: string, participantId: string): Promise<Stored | undefined> => {
    const items = await Promise.all(
      [headerKey, personKey(participantId)].map(async (sk) => {
        const { Item } = await db.send(new GetCommand({ TableName: table, Key: { pk: partitionOf(id), sk }, ConsistentRead: true }));
        return Item;
      }),
    );
    return assemble(items.filter((item) => item !== undefined));
  };

  /**
   * Reads, changes and writes until the write finds things as read. Every write is conditional on
   * what it read, so a lost race changes nothing and is decided again on what is stored now.
   */
  const change = async (
    load: () => Promise<Stored | undefined>,
    apply: (current: ConsultationRecord) => ConsultationRecord,
  ): Promise<ConsultationRecord> => {
    for (let round = 0; round < maxRounds; round++) {
      const stored = await load();
      if (!stored) throw new DomainError('not-found', 'There is no such consultation.');
      const next = apply(stored.record);
      if (next === stored.record) return stored.record;
      try {
        return await write(stored, next);
      } catch (error) {
        if (!(error instanceof Outdated)) throw error;
        // Someone else changed the same person (or the consultation itself) first: read again and decide again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (round + 1)));
      }
    }
    throw new DomainError('conflict', 'The consultation is busy. Please try again.');
  };

  /** One conditional put; a failed condition means someone else wrote first. */
  const put = async (Item: Item, ConditionExpression: string, values?: Record<string, unknown>) => {
    try {
      await db.send(new PutCommand({ TableName: table, Item, ConditionExpression, ExpressionAttributeValues: values }));
    } catch (error) {
      if (isConditionFailure(error)) throw new Outdated();
      throw error;
    }
  };

  /**
   * Writes only the items `next` changes, each on condition it is as read: the header when the
   * consultation itself changes, and each person whose item differs. The header goes first, so a
   * change refused there has written nothing.
   */
  const write = async (stored: Stored, next: ConsultationRecord): Promise<ConsultationRecord> => {
    const current = stored.record;
    const header = headerOf(next);
    const headerChanged = !same({ ...header, version: current.version }, headerOf(current));
    const version = headerChanged ? current.version + 1 : current.version;
    // What each person's item says once the new header is applied: only real differences are written.
    const before = peopleOf(settled({ ...header, participants: current.participants, links: current.links }));
    const changed = [...peopleOf(next).values()].filter((person) => {
      const was = before.get(person.participant.id);
      // A co-moderator leaves byCoHost when the consultation ends, though nothing else of theirs changed.
      return !was || !same(was, person) || listsAsCoHost(current, person) !== listsAsCoHost(next, person);
    });
    if (headerChanged) {
      await put(headerItem({ ...header, version }), 'version = :seen', { ':seen': current.version });
    }
    await Promise.all(
      changed.map((person) => {
        const revision = stored.revisions.get(person.participant.id);
        return revision === undefined
          ? put(personItem(next, person, 1), 'attribute_not_exists(pk)')
          : put(personItem(next, person, revision + 1), 'revision = :seen', { ':seen': revision });
      }),
    );
    return settled({ ...next, version });
  };

  const get = async (id: string) => (await read(id))?.record;

  /** The consultations whose headers a Query on an index found, each read whole. */
  const whole = (headers: readonly Item[]) =>
    Promise.all(headers.map(async (item) => (await get(headerFromItem(item).id)) ?? never(item)));
  const never = (item: Item): never => {
    throw new Error(`Consultation ${String(item.id)} vanished while being listed.`);
  };

  return {
    async add(consultation) {
      const record = { ...consultation, version: 1 };
      // The people first, the header last: until the header is there, nobody can read the
      // consultation, so a process that dies half-way leaves nothing half-made to be seen.
      try {
        await Promise.all(
          [...peopleOf(record).values()].map((person) => put(personItem(record, person, 1), 'attribute_not_exists(pk)')),
        );
        await put(headerItem(headerOf(record)), 'attribute_not_exists(pk)');
      } catch (error) {
        if (error instanceof Outdated) throw new DomainError('conflict', 'That consultation already exists.');
        throw error;
      }
      return record;
    },
    get,
    update: (id, apply) => change(() => read(id), apply),
    async getHeader(id) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: { pk: partitionOf(id), sk: headerKey }, ConsistentRead: true }));
      return Item && assemble([Item])?.record;
    },
    async getForPerson(id, participantId) {
      return (await readPerson(id, participantId))?.record;
    },
    updatePerson: (id, participantId, apply) => change(() => readPerson(id, participantId), apply),
    async reserveAttempt({ consultationId, participantId, linkId }, now, maxAttempts) {
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: partitionOf(consultationId), sk: personKey(participantId) },
            UpdateExpression: 'SET #links.#link.attempts = #links.#link.attempts + :one, revision = revision + :one',
            ConditionExpression:
              '#links.#link.#status = :issued AND #links.#link.attempts < :max AND #links.#link.expiresAt > :now' +
              ' AND (attribute_not_exists(#links.#link.validFrom) OR #links.#link.validFrom <= :now)',
            ExpressionAttributeNames: { '#links': 'links', '#link': linkId, '#status': 'status' },
            ExpressionAttributeValues: { ':one': 1, ':issued': 'issued', ':max': maxAttempts, ':now': now.toISOString() },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return (Attributes?.links as Record<string, { attempts: number }>)[linkId]!.attempts;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
    async reservePlace(id, limit) {
      try {
        // The version moves too: a change read before this one writes the header again only after reading it anew.
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: partitionOf(id), sk: headerKey },
            UpdateExpression: 'SET registered = if_not_exists(registered, :zero) + :one, version = version + :one',
            ConditionExpression:
              'attribute_exists(pk) AND (attribute_not_exists(registered) OR registered < :limit) AND #status IN (:open, :inProgress)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':limit': limit, ':open': 'open', ':inProgress': 'in-progress' },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    async releasePlace(id) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: partitionOf(id), sk: headerKey },
            UpdateExpression: 'SET registered = registered - :one, version = version + :one',
            ConditionExpression: 'registered > :zero',
            ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
          }),
        );
      } catch (error) {
        // None taken (or the consultation is gone): nothing to give back.
        if (!isConditionFailure(error)) throw error;
      }
    },
    async listByHost(hostId, limit) {
      const result = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'byHost',
          KeyConditionExpression: 'hostId = :h',
          ExpressionAttributeValues: { ':h': hostId },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return whole(result.Items ?? []);
    },
    async listOpenByHost(hostId) {
      // Every page: a host has few open consultations, and none may be left off the dashboard.
      const open = await queryAll(db, {
        TableName: table,
        IndexName: 'openByHost',
        KeyConditionExpression: 'openHost = :h',
        ExpressionAttributeValues: { ':h': hostId },
        ScanIndexForward: false,
      });
      return whole(open);
    },
    async listOpenByCoHost(staffId) {
      // Every page: the index holds only sessions not over, like openByHost.
      const items = await queryAll(db, {
        TableName: table,
        IndexName: 'byCoHost',
        KeyConditionExpression: 'coHostId = :s',
        ExpressionAttributeValues: { ':s': staffId },
        ScanIndexForward: false,
      });
      const found = await Promise.all(items.map((item) => get(consultationOfItem(item))));
      // Items written before the index was sparse, and a hand-over racing this read, are left out here.
      return found.filter((c) => c !== undefined && !isConsultationOver(c.status) && (c.coHostIds ?? []).includes(staffId)) as ConsultationRecord[];
    },
    async listByPatient(patientId) {
      const found = await queryAll(db, {
        TableName: table,
        IndexName: 'byPatient',
        KeyConditionExpression: 'patientId = :p',
        ExpressionAttributeValues: { ':p': patientId },
        ScanIndexForward: false,
      });
      // Theirs by its header, or someone else's with their registration in it; one gone between the
      // Query and its read (erased meanwhile) is simply not listed.
      const ids = [...new Set(found.map(consultationOfItem))];
      return (await Promise.all(ids.map((id) => get(id)))).filter((c) => c !== undefined);
    },
    async removePerson(id, participantId) {
      await db.send(new DeleteCommand({ TableName: table, Key: { pk: partitionOf(id), sk: personKey(participantId) } }));
    },
    async remove(id) {
      const items = await queryAll(db, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': partitionOf(id) },
        ConsistentRead: true,
        ProjectionExpression: 'pk, sk',
      });
      const remove = (item: Item) => db.send(new DeleteCommand({ TableName: table, Key: { pk: item.pk, sk: item.sk } }));
      await Promise.all(items.filter((item) => item.sk !== headerKey).map(remove));
      await Promise.all(items.filter((item) => item.sk === headerKey).map(remove));
    },
  };
};
