import { outboxPath } from '../../api/paths.ts';
import { isRecord, request, unexpected } from '../../api/request.ts';

/** An SMS or email the local runtime "sent" (it is kept here instead). */
export interface OutboxMessage {
  readonly id: string;
  readonly channel: 'sms' | 'email';
  readonly to: string;
  readonly subject?: string;
  readonly body: string;
  readonly sentAt: string;
}

const isMessage = (value: unknown): value is OutboxMessage =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  (value.channel === 'sms' || value.channel === 'email') &&
  typeof value.to === 'string' &&
  typeof value.body === 'string' &&
  typeof value.sentAt === 'string';

/** Newest first. Local runtime only. */
export const readOutbox = async (token: string | undefined): Promise<OutboxMessage[]> => {
  const answer = await request('GET', outboxPath, { token });
  if (isRecord(answer) && Array.isArray(answer.messages)) return answer.messages.filter(isMessage);
  throw unexpected('outbox');
};

export type BodyPart = { readonly text: string } | { readonly href: string };

/** Splits a message into text and web addresses, so the addresses can be links. */
export const splitLinks = (body: string): BodyPart[] =>
  body
    .split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g)
    .filter((part) => part !== '')
    .map((part) => (/^https?:\/\//.test(part) ? { href: part } : { text: part }));
