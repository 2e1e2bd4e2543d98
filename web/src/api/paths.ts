import { localPaths, paths } from '@clinicall/shared/paths';

/** The paths the patient's pages call, from the zod-free part of the contract. */
export const patientPaths = {
  join: paths.join,
  verify: paths.verify,
  session: paths.session,
  feedback: paths.feedback,
  eventTicket: paths.eventTicket,
  media: paths.media,
  deviceCheck: paths.deviceCheck,
  leave: paths.leave,
  raiseHand: paths.raiseHand,
  health: paths.health,
} as const;

export { eventsPath, eventsProtocols } from '@clinicall/shared/paths';

export const outboxPath = localPaths.outbox;

export const withId = (path: string, id: string): string => path.replace('{id}', encodeURIComponent(id));
