import { createHmac } from 'node:crypto';
import type { Integrations } from '#ports';
import { logger } from '../logger.ts';

export interface WebhookOptions {
  readonly url: string;
  /** Signs each body (HMAC-SHA256, hex) in `x-clinicall-signature`, so the receiver knows it is us. */
  readonly secret?: string;
  readonly attempts?: number;
  /** The first wait; each retry waits twice as long as the one before. */
  readonly firstRetryMs?: number;
  readonly timeoutMs?: number;
}

/**
 * Encounters POSTed to the organisation's webhook, in the background: a failure (network,
 * timeout, non-2xx) is retried with exponential backoff, then given up with a log line.
 */
export const webhookIntegrations = (options: WebhookOptions): Integrations & { idle(): Promise<void> } => {
  const { url, secret, attempts = 5, firstRetryMs = 1_000, timeoutMs = 10_000 } = options;
  const pending = new Set<Promise<void>>();

  const deliver = async (body: string, id: string) => {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(secret && { 'x-clinicall-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` }),
          },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        // Nothing in the answer matters but its status: let go of the body (and its socket) now,
        // whatever the receiver sends or however it breaks off.
        await response.body?.cancel().catch(() => undefined);
        if (response.ok) return;
        logger.warn('webhook refused', { consultationId: id, status: response.status, attempt });
      } catch (error) {
        logger.warn('webhook unreachable', { consultationId: id, attempt, reason: error instanceof Error ? error.name : 'unknown' });
      }
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, firstRetryMs * 2 ** (attempt - 1)));
    }
    logger.error('webhook given up', { consultationId: id, attempts });
  };

  return {
    encounterRecorded(encounter) {
      const body = JSON.stringify({ type: 'clinicall.encounter.recorded', encounter });
      const delivery = deliver(body, encounter.id ?? 'unknown').finally(() => pending.delete(delivery));
      pending.add(delivery);
      return Promise.resolve();
    },
    /** Resolves when every delivery has succeeded or been given up (for tests and shutdown). */
    async idle() {
      await Promise.all([...pending]);
    },
  };
};

/** Nobody to tell (no webhook configured). */
export const noIntegrations: Integrations = { encounterRecorded: () => Promise.resolve() };
