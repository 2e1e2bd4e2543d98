import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { Integrations } from '#ports';
import { logger } from '../../logger.ts';

export const encounterDetailType = 'Encounter recorded';
export const eventSource = 'clinicall';

/**
 * Encounters as events on the organisation's EventBridge bus, for rules to route to their
 * systems (EventBridge retries delivery to targets itself). A failure to put the event is
 * logged for the operator; it never fails the clinician's request.
 */
export const eventBridgeIntegrations = (client: EventBridgeClient, eventBusName: string): Integrations => ({
  async encounterRecorded(encounter) {
    try {
      const result = await client.send(
        new PutEventsCommand({
          Entries: [{ EventBusName: eventBusName, Source: eventSource, DetailType: encounterDetailType, Detail: JSON.stringify(encounter) }],
        }),
      );
      if (result.FailedEntryCount) {
        logger.error('encounter event not accepted', { consultationId: encounter.id, code: result.Entries?.[0]?.ErrorCode });
      }
    } catch (error) {
      logger.error('encounter event failed', { consultationId: encounter.id, reason: error instanceof Error ? error.name : 'unknown' });
    }
  },
});
