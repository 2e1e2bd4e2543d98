/**
 * Every API path, without the schemas: what a page may import without loading zod.
 * The contract (contract.ts) takes its paths from here.
 */
export const paths = {
  health: '/api/health',
  openApi: '/api/openapi.json',
  createPatient: '/api/patients',
  searchPatients: '/api/patients',
  getPatient: '/api/patients/{id}',
  consultNow: '/api/consult-now',
  extendLink: '/api/links/{linkId}/extend',
  revokeLink: '/api/links/{linkId}/revoke',
  resendLink: '/api/links/{linkId}/resend',
  join: '/api/join',
  verify: '/api/join/verify',
  session: '/api/session',
  listConsultations: '/api/consultations',
  getConsultation: '/api/consultations/{id}',
  admit: '/api/consultations/{id}/admit',
  media: '/api/consultations/{id}/media',
  endConsultation: '/api/consultations/{id}/end',
  invite: '/api/consultations/{id}/invite',
  encounter: '/api/consultations/{id}/encounter',
  deviceCheck: '/api/session/device-check',
  leave: '/api/session/leave',
  feedback: '/api/session/feedback',
  eventTicket: '/api/events/ticket',
} as const;

/** The WebSocket of real-time events (not an HTTP operation). */
export const eventsPath = '/api/events';

/** Local runtime only, never deployed: what was "sent" by SMS and email, and the demo sign-in. */
export const localPaths = { outbox: '/api/local/outbox', signIn: '/api/local/sign-in' } as const;
