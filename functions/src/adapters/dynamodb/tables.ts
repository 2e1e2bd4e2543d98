/**
 * The tables and their indexes, as data: the CDK stateful stack and the local runtime both
 * create them from here. Every access path is a GetItem or a Query on one of these keys.
 */
export interface IndexDefinition {
  readonly partitionKey: string;
  readonly sortKey?: string;
}

export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: Readonly<Record<string, IndexDefinition>>;
  /** Housekeeping only: expiry is enforced in conditions, never by TTL deletion. */
  readonly timeToLive?: string;
}

export const tables = {
  patients: {
    partitionKey: 'id',
    indexes: {
      byGivenName: { partitionKey: 'givenPrefix', sortKey: 'givenSort' },
      byFamilyName: { partitionKey: 'familyPrefix', sortKey: 'familySort' },
      byDateOfBirth: { partitionKey: 'dateOfBirth', sortKey: 'familySort' },
      byMobile: { partitionKey: 'mobile', sortKey: 'familySort' },
      // The whole directory A–Z, a page at a time: one constant partition, fine at clinic scale.
      byDirectory: { partitionKey: 'directory', sortKey: 'familySort' },
    },
  },
  consultations: {
    partitionKey: 'id',
    indexes: {
      byHost: { partitionKey: 'hostId', sortKey: 'createdAt' },
    },
  },
  appointments: {
    partitionKey: 'id',
    indexes: {
      byPatient: { partitionKey: 'patientId', sortKey: 'startsAt' },
    },
  },
  access: {
    partitionKey: 'pk',
    indexes: {
      // WebSocket connections by what they listen to; pending timers (local runtime) by kind.
      byTopic: { partitionKey: 'topic', sortKey: 'pk' },
    },
    timeToLive: 'expiresAtEpoch',
  },
} as const satisfies Record<string, TableDefinition>;

export type TableName = keyof typeof tables;
export type TableNames = Readonly<Record<TableName, string>>;

/** Physical names: one prefix per deployment, e.g. `clinicall-prod-patients`. */
export const tableNames = (prefix: string): TableNames => ({
  patients: `${prefix}-patients`,
  consultations: `${prefix}-consultations`,
  appointments: `${prefix}-appointments`,
  access: `${prefix}-access`,
});
