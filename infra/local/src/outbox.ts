import { randomUUID } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notifier } from '@clinicall/functions/ports';

export interface OutboxMessage {
  readonly id: string;
  readonly channel: 'sms' | 'email';
  readonly to: string;
  readonly subject?: string;
  readonly body: string;
  readonly sentAt: string;
}

/** The local twin of SNS and SES: messages are kept in the data directory instead of sent. */
export const localOutbox = (dataDir: string): Notifier & { read(): Promise<OutboxMessage[]> } => {
  const file = join(dataDir, 'outbox.jsonl');
  return {
    async send(message) {
      const entry: OutboxMessage = { id: randomUUID(), ...message, sentAt: new Date().toISOString() };
      await appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    },
    async read() {
      const text = await readFile(file, 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as OutboxMessage)
        .reverse();
    },
  };
};
