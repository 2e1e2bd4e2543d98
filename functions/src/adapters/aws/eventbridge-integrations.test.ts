import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { Encounter } from '@clinicall/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { encounterDetailType, eventBridgeIntegrations, eventSource } from './eventbridge-integrations.ts';

const bridge = mockClient(EventBridgeClient);
const integrations = () => eventBridgeIntegrations(new EventBridgeClient({ region: 'eu-west-2' }), 'default');
const encounter = { resourceType: 'Encounter', id: 'consultation-1', status: 'finished', class: { code: 'VR' } } as Encounter;

describe('EventBridge integrations', () => {
  beforeEach(() => bridge.reset());

  it('puts one event on the bus, the encounter as its detail', async () => {
    bridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
    await integrations().encounterRecorded(encounter);
    expect(bridge.commandCalls(PutEventsCommand).map((call) => call.args[0].input)).toEqual([
      {
        Entries: [{ EventBusName: 'default', Source: eventSource, DetailType: encounterDetailType, Detail: JSON.stringify(encounter) }],
      },
    ]);
  });

  it('never fails the clinician’s request: a rejected entry or a failed call only logs', async () => {
    bridge.on(PutEventsCommand).resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] }).rejectsOnce(new Error('boom'));
    await expect(integrations().encounterRecorded(encounter)).resolves.toBeUndefined();
    await expect(integrations().encounterRecorded(encounter)).resolves.toBeUndefined();
    expect(bridge.commandCalls(PutEventsCommand)).toHaveLength(2);
  });
});
