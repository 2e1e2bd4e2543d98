import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Language } from '@clinicall/shared';
import type { Store } from '#ports';
import { dynamoAccess } from './access.ts';
import { dynamoAppointmentBook } from './appointments.ts';
import { dynamoAuditTrail } from './audit.ts';
import { dynamoConsultations } from './consultations.ts';
import { dynamoMeetingRooms } from './meeting-rooms.ts';
import { dynamoPatients } from './patients.ts';
import { dynamoPortal } from './portal.ts';
import { type TableName, type TableNames, tableNames } from './tables.ts';

export interface StoreOptions {
  /** The language of patients recorded before patients had one (the organisation's default). */
  readonly defaultLanguage?: Language;
}

/** The repositories kept in one table. */
export interface TableRepositories {
  readonly table: TableName;
  readonly make: (db: DynamoDBDocumentClient, names: TableNames, options: StoreOptions) => Partial<Store>;
}

export const patientsTable: TableRepositories = {
  table: 'patients',
  make: (db, names, options) => ({ patients: dynamoPatients(db, names.patients, options.defaultLanguage) }),
};

export const consultationsTable: TableRepositories = {
  table: 'consultations',
  make: (db, names) => ({ consultations: dynamoConsultations(db, names.consultations), meetingRooms: dynamoMeetingRooms(db, names.consultations) }),
};

export const accessTable: TableRepositories = {
  table: 'access',
  make: (db, names) => ({ access: dynamoAccess(db, names.access), portal: dynamoPortal(db, names.access) }),
};

export const appointmentsTable: TableRepositories = {
  table: 'appointments',
  make: (db, names) => dynamoAppointmentBook(db, names.appointments),
};

export const auditTable: TableRepositories = {
  table: 'audit',
  make: (db, names) => ({ audit: dynamoAuditTrail(db, names.audit) }),
};

/** Every table: the local runtime serves every route from one process. */
export const everyTable: readonly TableRepositories[] = [patientsTable, consultationsTable, accessTable, appointmentsTable, auditTable];

const repositories = [
  'patients',
  'consultations',
  'access',
  'appointments',
  'directCalls',
  'appointmentRequests',
  'portal',
  'meetingRooms',
  'audit',
] as const satisfies readonly (keyof Store)[];
// Every repository of the store is listed above.
const listed: Exclude<keyof Store, (typeof repositories)[number]> extends never ? true : never = true;
void listed;

/**
 * A repository of a table the function was not given (nor has it IAM rights to): every method
 * fails, saying so, instead of the bundle carrying code it never runs.
 */
const notGiven = (name: keyof Store): never =>
  new Proxy(
    {},
    {
      get: (_, method) =>
        method === 'then'
          ? undefined
          : () => Promise.reject(new Error(`This function has no ${name} repository: name its table in its handler file's awsAdapters.`)),
    },
  ) as never;

/**
 * The store over the tables named: a Lambda function gets the tables its handler file names
 * (composition/aws.ts), so its bundle holds only their repositories.
 */
export const storeOver = (
  from: readonly TableRepositories[],
  db: DynamoDBDocumentClient,
  tablePrefix: string,
  options: StoreOptions = {},
): Store => {
  const names = tableNames(tablePrefix);
  const made = Object.assign({}, ...from.map((table) => table.make(db, names, options))) as Partial<Store>;
  return Object.fromEntries(repositories.map((name) => [name, made[name] ?? notGiven(name)])) as unknown as Store;
};

/** The store over every table. */
export const dynamoStore = (db: DynamoDBDocumentClient, tablePrefix: string, options: StoreOptions = {}): Store =>
  storeOver(everyTable, db, tablePrefix, options);
