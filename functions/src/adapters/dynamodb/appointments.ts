import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type {
  AppointmentRepository,
  AppointmentRequestRepository,
  DirectCallRepository,
  PatientRecords,
  VersionedRepository,
} from '#ports';
import type { AppointmentRecord, AppointmentRequestRecord } from '../../appointment/record.ts';
import type { DirectCallRecord } from '../../direct-call/record.ts';
import { versionedItems } from './versioned.ts';

/**
 * The appointments table holds three kinds of record, each its own item keyed by id: the
 * appointment, the direct call and the appointment request. Index attributes are added on the
 * way in and dropped on the way out, so the records stay what the use cases wrote.
 */
type Kind = 'appointment' | 'direct-call' | 'appointment-request';
type Item = Record<string, unknown>;

/** Items a listing reads at most, page after page (a filter may skip some). */
const maxPages = 5;

/** The index attributes each kind adds; removed again when read. */
const indexAttributes: Record<Kind, readonly string[]> = {
  appointment: [],
  'direct-call': ['startsAt'],
  'appointment-request': ['startsAt', 'requestQueue'],
};

export const careTeamQueue = 'care-team';

const toItem = {
  appointment: (r: AppointmentRecord): Item => ({ ...r, kind: 'appointment' }),
  'direct-call': (r: DirectCallRecord): Item => ({ ...r, kind: 'direct-call', startsAt: r.startedAt }),
  'appointment-request': (r: AppointmentRequestRecord): Item => ({
    ...r,
    kind: 'appointment-request',
    startsAt: r.createdAt,
    // Sparse: only open requests are in the openRequests index.
    ...(r.status === 'open' && { requestQueue: r.clinicianId ? `clinician#${r.clinicianId}` : careTeamQueue }),
  }),
};

const fromItem = <T>(kind: Kind, item: Item): T => {
  const { kind: _kind, ...rest } = item;
  for (const attribute of indexAttributes[kind]) delete rest[attribute];
  return rest as T;
};

const names: Record<Kind, string> = {
  appointment: 'appointment',
  'direct-call': 'call',
  'appointment-request': 'appointment request',
};

const versioned = <T extends { id: string; version: number }>(
  db: DynamoDBDocumentClient,
  table: string,
  kind: Kind,
  write: (record: T) => Item,
): VersionedRepository<T> =>
  versionedItems<T>(db, table, {
    name: names[kind],
    key: (id) => ({ id }),
    keyAttribute: 'id',
    toItem: write,
    fromItem: (item) => (item.kind === kind ? fromItem<T>(kind, item) : undefined),
  });

export const dynamoAppointmentBook = (
  db: DynamoDBDocumentClient,
  table: string,
): { appointments: AppointmentRepository; directCalls: DirectCallRepository; appointmentRequests: AppointmentRequestRepository } => {
  /** Items of one Query, page after page, until `limit` of the wanted kind or the end. */
  const query = async (input: Omit<QueryCommandInput, 'TableName'>, kinds: readonly Kind[], limit: number): Promise<Item[]> => {
    const found: Item[] = [];
    let start: Record<string, unknown> | undefined;
    for (let page = 0; page < maxPages && found.length < limit; page++) {
      const result = await db.send(
        new QueryCommand({ TableName: table, ...input, Limit: limit, ...(start && { ExclusiveStartKey: start }) }),
      );
      found.push(...(result.Items ?? []).filter((item) => kinds.includes(item.kind as Kind)));
      start = result.LastEvaluatedKey;
      if (!start) break;
    }
    return found.slice(0, limit);
  };

  return {
    appointments: {
      ...versioned<AppointmentRecord>(db, table, 'appointment', toItem.appointment),
      async listByClinician(clinicianId, range) {
        const bounds =
          range.since && range.before ? ' AND startsAt BETWEEN :since AND :before'
          : range.since ? ' AND startsAt >= :since'
          : range.before ? ' AND startsAt < :before'
          : '';
        const items = await query(
          {
            IndexName: 'byClinician',
            KeyConditionExpression: `clinicianId = :c${bounds}`,
            ExpressionAttributeValues: {
              ':c': clinicianId,
              ...(range.since && { ':since': range.since }),
              ...(range.before && { ':before': range.before }),
            },
            ScanIndexForward: !range.newestFirst,
          },
          ['appointment'],
          range.limit,
        );
        // BETWEEN includes its upper bound: `before` is exclusive.
        return items
          .map((item) => fromItem<AppointmentRecord>('appointment', item))
          .filter((a) => !range.before || a.startsAt < range.before);
      },
      async ofPatient(patientId, limit): Promise<PatientRecords> {
        const items = await query(
          {
            IndexName: 'byPatient',
            KeyConditionExpression: 'patientId = :p',
            ExpressionAttributeValues: { ':p': patientId },
            ScanIndexForward: false,
          },
          ['appointment', 'direct-call', 'appointment-request'],
          limit,
        );
        const of = <T>(kind: Kind) => items.filter((i) => i.kind === kind).map((i) => fromItem<T>(kind, i));
        return {
          appointments: of<AppointmentRecord>('appointment'),
          directCalls: of<DirectCallRecord>('direct-call'),
          requests: of<AppointmentRequestRecord>('appointment-request'),
        };
      },
    },
    directCalls: versioned<DirectCallRecord>(db, table, 'direct-call', toItem['direct-call']),
    appointmentRequests: {
      ...versioned<AppointmentRequestRecord>(db, table, 'appointment-request', toItem['appointment-request']),
      async listOpen(clinicianId, limit) {
        const items = await query(
          {
            IndexName: 'openRequests',
            KeyConditionExpression: 'requestQueue = :q',
            ExpressionAttributeValues: { ':q': clinicianId ? `clinician#${clinicianId}` : careTeamQueue },
          },
          ['appointment-request'],
          limit,
        );
        return items.map((item) => fromItem<AppointmentRequestRecord>('appointment-request', item));
      },
    },
  };
};
