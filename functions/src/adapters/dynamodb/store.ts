import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#ports';
import { dynamoPatients } from './patients.ts';
import { tableNames } from './tables.ts';

export const dynamoStore = (db: DynamoDBDocumentClient, tablePrefix: string): Store => {
  const names = tableNames(tablePrefix);
  return {
    patients: dynamoPatients(db, names.patients),
  };
};
