import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { Integrations } from '#ports';
import { eventBridgeIntegrations } from '#adapters/aws/eventbridge-integrations';
import { required } from '../environment.ts';

/** Encounters to the organisation's event bus. */
export const adapter = (): Integrations => eventBridgeIntegrations(new EventBridgeClient({}), required('CLINICALL_EVENT_BUS_NAME'));
