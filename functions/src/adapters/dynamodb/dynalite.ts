import type { AddressInfo } from 'node:net';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { upgradeEarlierConsultations } from './consultations-upgrade.ts';
import { documentClient } from './document-client.ts';
import { ensureTable } from './table-upgrade.ts';
import { earlierConsultationsTable, type TableDefinition, tableNames, tables } from './tables.ts';

export interface LocalDynamo {
  readonly endpoint: string;
  readonly db: DynamoDBDocumentClient;
  readonly tablePrefix: string;
  close(): Promise<void>;
}

export const createTableInput = (name: string, table: TableDefinition): CreateTableCommandInput => {
  const attributes = new Set<string>([table.partitionKey, ...(table.sortKey ? [table.sortKey] : [])]);
  for (const index of Object.values(table.indexes)) {
    attributes.add(index.partitionKey);
    if (index.sortKey) attributes.add(index.sortKey);
  }
  const keySchema = (partitionKey: string, sortKey?: string) => [
    { AttributeName: partitionKey, KeyType: 'HASH' as const },
    ...(sortKey ? [{ AttributeName: sortKey, KeyType: 'RANGE' as const }] : []),
  ];
  const indexes = Object.entries(table.indexes);
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    ...(indexes.length > 0 && {
      GlobalSecondaryIndexes: indexes.map(([IndexName, index]) => ({
        IndexName,
        KeySchema: keySchema(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  };
};

/**
 * DynamoDB on this machine: dynalite in-process, on disk when `path` is given, in memory
 * otherwise; tables created from the same definitions the CDK app deploys, and rebuilt when a
 * data directory of an earlier version lacks an index; consultations an earlier version kept
 * one item each are copied into today's table.
 */
export const startDynalite = async ({ path, tablePrefix = 'clinicall' }: { path?: string; tablePrefix?: string } = {}): Promise<LocalDynamo> => {
  const server = dynalite({ ...(path && { path }), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const db = documentClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const names = tableNames(tablePrefix);
  for (const [key, table] of Object.entries(tables) as [keyof typeof tables, TableDefinition][]) {
    await ensureTable(db, createTableInput(names[key], table));
  }
  await upgradeEarlierConsultations(db, earlierConsultationsTable(tablePrefix), names.consultations);
  return {
    endpoint,
    db,
    tablePrefix,
    close: async () => {
      db.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
