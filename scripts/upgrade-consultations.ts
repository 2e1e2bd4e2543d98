import { parseArgs } from 'node:util';
import { copyEarlierConsultations } from '../functions/src/adapters/dynamodb/consultations-upgrade.ts';
import { documentClient } from '../functions/src/adapters/dynamodb/document-client.ts';
import { earlierConsultationsTable, tableNames } from '../functions/src/adapters/dynamodb/tables.ts';

/**
 * `npm run upgrade:consultations -- --prefix clinicall-prod`: once, right after deploying the
 * version that keeps consultations per person. Copies every consultation of the earlier table
 * (`<prefix>-consultations`, one item each, retained by the deploy) into today's
 * (`<prefix>-consultations-v2`). Safe to run again: it writes the same items. The earlier table
 * is left as it is, for you to delete once you are satisfied.
 *
 * Credentials and Region come from the usual AWS environment (AWS_PROFILE, AWS_REGION).
 */
const { values } = parseArgs({ options: { prefix: { type: 'string' } } });
if (!values.prefix) {
  console.error('Usage: npm run upgrade:consultations -- --prefix clinicall-<stage>');
  process.exit(2);
}
const db = documentClient();
const from = earlierConsultationsTable(values.prefix);
const to = tableNames(values.prefix).consultations;
const copied = await copyEarlierConsultations(db, from, to);
console.log(`Copied ${copied} consultations from ${from} to ${to}.`);
db.destroy();
