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
import { tableNames } from './tables.ts';

export interface StoreOptions {
  /** The language of patients recorded before patients had one (the organisation's default). */
  readonly defaultLanguage?: Language;
}

export const dynamoStore = (db: DynamoDBDocumentClient, tablePrefix: string, options: StoreOptions = {}): Store => {
  const names = tableNames(tablePrefix);
  return {
    patients: dynamoPatients(db, names.patients, options.defaultLanguage),
    consultations: dynamoConsultations(db, names.consultations),
    access: dynamoAccess(db, names.access),
    ...dynamoAppointmentBook(db, names.appointments),
    portal: dynamoPortal(db, names.access),
    meetingRooms: dynamoMeetingRooms(db, names.consultations),
    audit: dynamoAuditTrail(db, names.audit),
  };
};
