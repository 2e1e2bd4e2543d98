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
  exportPatient: '/api/patients/{id}/export',
  erasePatient: '/api/patients/{id}/erase',
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
  muteOthers: '/api/consultations/{id}/mute-all',
  createConsultation: '/api/consultations',
  register: '/api/consultations/{id}/registrations',
  withdrawRegistration: '/api/consultations/{id}/registrations/{participantId}/withdraw',
  addCoHost: '/api/consultations/{id}/co-hosts',
  handOver: '/api/consultations/{id}/hand-over',
  openBreakoutRooms: '/api/consultations/{id}/breakout-rooms',
  moveToBreakoutRoom: '/api/consultations/{id}/breakout-rooms/{roomId}/move',
  closeBreakoutRooms: '/api/consultations/{id}/breakout-rooms/close',
  extendBreakoutRooms: '/api/consultations/{id}/breakout-rooms/extend',
  broadcast: '/api/consultations/{id}/broadcast',
  raiseHand: '/api/session/hand',
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
  listStaff: '/api/staff',
  listMeetingRooms: '/api/meeting-rooms',
  createMeetingRoom: '/api/meeting-rooms',
  updateMeetingRoom: '/api/meeting-rooms/{id}',
  deleteMeetingRoom: '/api/meeting-rooms/{id}/delete',
  enterMeetingRoom: '/api/meeting-rooms/{id}/enter',
  meetingRoomGuestLink: '/api/meeting-rooms/{id}/guest-link',
  sendMeetingRoomLink: '/api/meeting-rooms/{id}/send-link',
  resetMeetingRoomLink: '/api/meeting-rooms/{id}/reset-link',
  meetingRoomLog: '/api/meeting-rooms/{id}/log',
  audit: '/api/audit',
  auditCsv: '/api/audit.csv',
} as const;

/** The WebSocket of real-time events (not an HTTP operation). */
export const eventsPath = '/api/events';

/**
 * The events socket's subprotocol. Its ticket travels as a second, offered subprotocol
 * ("ticket.<ticket>") in the Sec-WebSocket-Protocol header, not in the URL, which CloudFront and
 * proxies write to their logs; the server answers with this one.
 */
export const eventsProtocol = 'clinicall.events';
const ticketPrefix = 'ticket.';

/** What a page offers when it opens the socket. */
export const eventsProtocols = (ticket: string): string[] => [eventsProtocol, `${ticketPrefix}${ticket}`];

/** The ticket a Sec-WebSocket-Protocol header offers, if it offers the events protocol and one ticket. */
export const ticketOffered = (header: string | undefined): string | undefined => {
  const offered = (header ?? '').split(',').map((protocol) => protocol.trim());
  const tickets = offered.filter((protocol) => protocol.startsWith(ticketPrefix));
  if (!offered.includes(eventsProtocol) || tickets.length !== 1) return undefined;
  return tickets[0]!.slice(ticketPrefix.length) || undefined;
};

/** Local runtime only, never deployed: what was "sent" by SMS and email, and the demo sign-in. */
export const localPaths = { outbox: '/api/local/outbox', signIn: '/api/local/sign-in' } as const;
