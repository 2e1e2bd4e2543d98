/**
 * Every API path, without the schemas: what a page may import without loading zod.
 * The contract (contract/*.ts) takes its paths from here.
 */
export const paths = {
  health: '/api/health',
  openApi: '/api/openapi.json',
  createPatient: '/api/patients',
  searchPatients: '/api/patients',
  getPatient: '/api/patients/{id}',
  updatePatient: '/api/patients/{id}',
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
  holdParticipant: '/api/consultations/{id}/participants/{participantId}/hold',
  removeParticipant: '/api/consultations/{id}/participants/{participantId}/remove',
  muteParticipant: '/api/consultations/{id}/participants/{participantId}/mute',
  stopParticipantVideo: '/api/consultations/{id}/participants/{participantId}/stop-video',
  muteOthers: '/api/consultations/{id}/mute-others',
  deviceCheck: '/api/session/device-check',
  leave: '/api/session/leave',
  feedback: '/api/session/feedback',
  proposeAppointment: '/api/appointments',
  listAppointments: '/api/appointments',
  getAppointment: '/api/appointments/{id}',
  cancelAppointment: '/api/appointments/{id}/cancel',
  rescheduleAppointment: '/api/appointments/{id}/reschedule',
  listAppointmentRequests: '/api/appointment-requests',
  callPatient: '/api/patients/{id}/call',
  getDirectCall: '/api/direct-calls/{id}',
  cancelDirectCall: '/api/direct-calls/{id}/cancel',
  revokePortalSessions: '/api/patients/{id}/portal/revoke',
  portalSignIn: '/api/portal/sign-in',
  portal: '/api/portal',
  portalSignOut: '/api/portal/sign-out',
  portalEventTicket: '/api/portal/events/ticket',
  acceptAppointment: '/api/portal/appointments/{id}/accept',
  rejectAppointment: '/api/portal/appointments/{id}/reject',
  joinAppointment: '/api/portal/appointments/{id}/join',
  requestAppointment: '/api/portal/appointment-requests',
  acknowledgeCall: '/api/portal/calls/{id}/ringing',
  acceptCall: '/api/portal/calls/{id}/accept',
  rejectCall: '/api/portal/calls/{id}/reject',
  eventTicket: '/api/events/ticket',
} as const;

/** The WebSocket of real-time events (not an HTTP operation). */
export const eventsPath = '/api/events';

/** Local runtime only, never deployed: what was "sent" by SMS and email, and the demo sign-in. */
export const localPaths = { outbox: '/api/local/outbox', signIn: '/api/local/sign-in' } as const;
