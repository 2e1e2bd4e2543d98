import type { AuditAction, AuditTargets, OperationId } from '@clinicall/shared';

/** How an operation is recorded: its action, and what the `id` a success answers is the id of. */
export interface AuditedOperation {
  readonly action: AuditAction;
  readonly answers?: keyof AuditTargets;
}

/**
 * Every operation that reads a patient's record or a call history, signs someone in, or changes
 * anything: recorded by the route layer (http/route.ts), so both runtimes record the same.
 */
export const auditedOperations: Partial<Record<OperationId, AuditedOperation>> = {
  createPatient: { action: 'patient-added', answers: 'patientId' },
  searchPatients: { action: 'patients-searched' },
  getPatient: { action: 'patient-read' },
  updatePatient: { action: 'patient-updated' },
  exportPatient: { action: 'patient-exported' },
  erasePatient: { action: 'patient-erased' },
  consultNow: { action: 'consultation-started' },
  listConsultations: { action: 'consultations-listed' },
  getConsultation: { action: 'consultation-read' },
  admit: { action: 'participant-admitted' },
  endConsultation: { action: 'consultation-ended' },
  invite: { action: 'participant-invited' },
  encounter: { action: 'encounter-read' },
  holdParticipant: { action: 'participant-held' },
  removeParticipant: { action: 'participant-removed' },
  muteParticipant: { action: 'participant-muted' },
  stopParticipantVideo: { action: 'participant-video-stopped' },
  muteOthers: { action: 'others-muted' },
  createConsultation: { action: 'consultation-created' },
  register: { action: 'participant-registered' },
  withdrawRegistration: { action: 'registration-withdrawn' },
  addCoHost: { action: 'co-host-added' },
  handOver: { action: 'consultation-handed-over' },
  broadcast: { action: 'message-broadcast' },
  raiseHand: { action: 'hand-raised' },
  openBreakoutRooms: { action: 'breakout-rooms-opened' },
  moveToBreakoutRoom: { action: 'breakout-room-moved' },
  closeBreakoutRooms: { action: 'breakout-rooms-closed' },
  extendBreakoutRooms: { action: 'breakout-rooms-extended' },
  extendLink: { action: 'link-extended' },
  revokeLink: { action: 'link-withdrawn' },
  resendLink: { action: 'link-resent' },
  verify: { action: 'participant-verified' },
  leave: { action: 'participant-left' },
  feedback: { action: 'feedback-given' },
  proposeAppointment: { action: 'appointment-proposed', answers: 'appointmentId' },
  listAppointments: { action: 'appointments-listed' },
  getAppointment: { action: 'appointment-read' },
  cancelAppointment: { action: 'appointment-cancelled' },
  rescheduleAppointment: { action: 'appointment-rescheduled' },
  listAppointmentRequests: { action: 'appointment-requests-listed' },
  callPatient: { action: 'patient-called', answers: 'directCallId' },
  getDirectCall: { action: 'direct-call-read' },
  cancelDirectCall: { action: 'direct-call-cancelled' },
  revokePortalSessions: { action: 'portal-sessions-revoked' },
  portalSignIn: { action: 'portal-signed-in' },
  portal: { action: 'portal-read' },
  portalSignOut: { action: 'portal-signed-out' },
  acceptAppointment: { action: 'appointment-accepted' },
  rejectAppointment: { action: 'appointment-rejected' },
  requestAppointment: { action: 'appointment-requested' },
  acceptCall: { action: 'direct-call-answered' },
  rejectCall: { action: 'direct-call-declined' },
  createMeetingRoom: { action: 'meeting-room-created' },
  updateMeetingRoom: { action: 'meeting-room-updated' },
  deleteMeetingRoom: { action: 'meeting-room-deleted' },
  enterMeetingRoom: { action: 'meeting-room-entered' },
  meetingRoomGuestLink: { action: 'meeting-room-link-shared' },
  sendMeetingRoomLink: { action: 'meeting-room-link-sent' },
  resetMeetingRoomLink: { action: 'meeting-room-link-reset' },
  meetingRoomLog: { action: 'meeting-room-log-read' },
  audit: { action: 'audit-read' },
  auditCsv: { action: 'audit-exported' },
};

/**
 * Operations deliberately not recorded: they read no patient record or call history and change
 * nothing a person did (the service's own pages, a session's own state, tickets, media, the
 * staff list and room list, a link opened before anyone is checked, a device saying it rings).
 */
export const unauditedOperations: readonly OperationId[] = [
  'health',
  'openApi',
  'join',
  'session',
  'deviceCheck',
  'eventTicket',
  'media',
  'portalEventTicket',
  'joinAppointment',
  'acknowledgeCall',
  'listStaff',
  'listMeetingRooms',
];
