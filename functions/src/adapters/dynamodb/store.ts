import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#ports';
import { dynamoAccess } from './access.ts';
import { dynamoAppointmentBook } from './appointments.ts';
import { dynamoConsultations } from './consultations.ts';
import { dynamoPatients } from './patients.ts';
import { dynamoPortal } from './portal.ts';
import { tableNames } from './tables.ts';

export const dynamoStore = (db: DynamoDBDocumentClient, tablePrefix: string): Store => {
  const names = tableNames(tablePrefix);
  return {
    patients: dynamoPatients(db, names.patients),
    consultations: dynamoConsultations(db, names.consultations),
    access: dynamoAccess(db, names.access),
    ...dynamoAppointmentBook(db, names.appointments),
    portal: dynamoPortal(db, names.access),
  };
};
