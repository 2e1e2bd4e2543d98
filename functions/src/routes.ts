import { type Operation, operations } from '@clinicall/shared';
import type { HandlerFactory } from './composition/aws.ts';

/**
 * THE route table. The CDK app makes one Lambda per entry (entry file `handlers/<file>.ts`,
 * exported handler `<name>`); the local server builds `factories[name]` of the same file.
 */
export interface Route {
  readonly operation: Operation;
  readonly file: string;
  readonly name: string;
}

export const routes: readonly Route[] = [
  { operation: operations.health, file: 'health', name: 'handler' },
  { operation: operations.openApi, file: 'openapi', name: 'handler' },
  { operation: operations.createPatient, file: 'patients', name: 'add' },
  { operation: operations.searchPatients, file: 'patients', name: 'search' },
  { operation: operations.getPatient, file: 'patients', name: 'get' },
  { operation: operations.consultNow, file: 'consultations', name: 'consultNow' },
  { operation: operations.listConsultations, file: 'consultations', name: 'list' },
  { operation: operations.getConsultation, file: 'consultations', name: 'get' },
  { operation: operations.admit, file: 'consultations', name: 'admit' },
  { operation: operations.endConsultation, file: 'consultations', name: 'end' },
  { operation: operations.invite, file: 'consultations', name: 'invite' },
  { operation: operations.encounter, file: 'consultations', name: 'encounter' },
  { operation: operations.media, file: 'consultations', name: 'media' },
  { operation: operations.extendLink, file: 'links', name: 'extend' },
  { operation: operations.revokeLink, file: 'links', name: 'revoke' },
  { operation: operations.resendLink, file: 'links', name: 'resend' },
  { operation: operations.join, file: 'join', name: 'join' },
  { operation: operations.verify, file: 'join', name: 'verify' },
  { operation: operations.session, file: 'join', name: 'session' },
  { operation: operations.deviceCheck, file: 'join', name: 'deviceCheck' },
  { operation: operations.leave, file: 'join', name: 'leave' },
  { operation: operations.feedback, file: 'join', name: 'feedback' },
  { operation: operations.eventTicket, file: 'events', name: 'ticket' },
];

/** Where a route's handler lives, for bundling. */
export const handlerEntry = (route: Route): string =>
  new URL(`./handlers/${route.file}.ts`, import.meta.url).pathname;

/** The handler factory of a route, for the local server. */
export const loadFactory = async (route: Route): Promise<HandlerFactory> => {
  const module = (await import(`./handlers/${route.file}.ts`)) as { factories: Record<string, HandlerFactory> };
  const factory = module.factories[route.name];
  if (!factory) throw new Error(`handlers/${route.file}.ts has no factory ${route.name}`);
  return factory;
};
