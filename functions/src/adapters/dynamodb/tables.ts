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
  // Each consultation is a partition (`consultation#<id>`): its `header` and one item per person
  // (`participant#<id>`, with their links). The indexes hold headers only.
  consultations: {
    partitionKey: 'pk',
    sortKey: 'sk',
    indexes: {
      byHost: { partitionKey: 'hostId', sortKey: 'createdAt' },
      // Open and in-progress ones only (sparse: `openHost` is removed when one ends or is cancelled).
      openByHost: { partitionKey: 'openHost', sortKey: 'createdAt' },
      // A patient's call history, for exporting and erasing it (headers of consultations for a patient on record).
      byPatient: { partitionKey: 'patientId', sortKey: 'createdAt' },
      // Co-moderators' person items only (sparse: `coHostId` is on a co-host's item while they co-host an open session).
      byCoHost: { partitionKey: 'coHostId', sortKey: 'createdAt' },
    },
  },
  // Appointments, and beside them (told apart by `kind`) direct calls and appointment requests:
  // a patient's portal is one Query on byPatient. `startsAt` is a direct call's start and a
  // request's creation there.
  appointments: {
    partitionKey: 'id',
    indexes: {
      byPatient: { partitionKey: 'patientId', sortKey: 'startsAt' },
      byClinician: { partitionKey: 'clinicianId', sortKey: 'startsAt' },
      // Open requests only (sparse): `clinician#<id>` after their missed call, or `care-team`.
      openRequests: { partitionKey: 'requestQueue', sortKey: 'createdAt' },
    },
  },
  access: {
    partitionKey: 'pk',
    indexes: {
      // WebSocket connections by what they listen to; pending timers (local runtime); a patient's
      // remembered portal devices (`portal-devices#<patientId>`).
      byTopic: { partitionKey: 'topic', sortKey: 'pk' },
    },
    timeToLive: 'expiresAtEpoch',
  },
  // Append-only: one item per entry, written once. `sortKey` is `<at>#<id>`, so each index
  // answers newest first within a time window. The whole trail is one constant partition of
  // byTime (`trail`), as the patient directory is: fine at a clinic's rate of requests.
  audit: {
    partitionKey: 'id',
    indexes: {
      byTime: { partitionKey: 'trail', sortKey: 'sortKey' },
      byActor: { partitionKey: 'actorId', sortKey: 'sortKey' },
      byPatient: { partitionKey: 'patientId', sortKey: 'sortKey' },
      byConsultation: { partitionKey: 'consultationId', sortKey: 'sortKey' },
    },
  },
} as const satisfies Record<string, TableDefinition>;

export type TableName = keyof typeof tables;
/** Where consultations were kept, one item each, before they were kept per person (see README: upgrading). */
export const earlierConsultationsTable = (prefix: string) => `${prefix}-consultations`;

export type TableNames = Readonly<Record<TableName, string>>;

/** Physical names: one prefix per deployment, e.g. `clinicall-prod-patients`. */
export const tableNames = (prefix: string): TableNames => ({
  patients: `${prefix}-patients`,
  // A new table since consultations are kept per person: keys cannot change in place.
  consultations: `${prefix}-consultations-v2`,
  appointments: `${prefix}-appointments`,
  access: `${prefix}-access`,
  audit: `${prefix}-audit`,
});
