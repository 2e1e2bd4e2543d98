import { type Operation, operations } from '@clinicall/shared';

/**
 * THE route table. The CDK app makes one Lambda per handler file (`handlers/<file>.ts`, exported
 * handler `<name>` per route) with what `factories[name].needs` of that file declares; the local
 * server builds `factories[name]` of the same file.
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
  { operation: operations.updatePatient, file: 'patients', name: 'update' },
  { operation: operations.exportPatient, file: 'patients', name: 'exportData' },
  { operation: operations.erasePatient, file: 'patients', name: 'erase' },
  { operation: operations.consultNow, file: 'consultations', name: 'consultNow' },
  { operation: operations.listConsultations, file: 'consultations', name: 'list' },
  { operation: operations.getConsultation, file: 'consultations', name: 'get' },
  { operation: operations.admit, file: 'consultations', name: 'admit' },
  { operation: operations.endConsultation, file: 'consultations', name: 'end' },
  { operation: operations.invite, file: 'consultations', name: 'invite' },
  { operation: operations.encounter, file: 'consultations', name: 'encounter' },
  { operation: operations.media, file: 'consultations', name: 'media' },
  { operation: operations.holdParticipant, file: 'moderation', name: 'hold' },
  { operation: operations.removeParticipant, file: 'moderation', name: 'remove' },
  { operation: operations.muteParticipant, file: 'moderation', name: 'mute' },
  { operation: operations.stopParticipantVideo, file: 'moderation', name: 'stopVideo' },
  { operation: operations.muteOthers, file: 'moderation', name: 'muteOthers' },
  { operation: operations.createConsultation, file: 'groups', name: 'create' },
  { operation: operations.register, file: 'groups', name: 'register' },
  { operation: operations.withdrawRegistration, file: 'groups', name: 'withdraw' },
  { operation: operations.addCoHost, file: 'groups', name: 'addCoHost' },
  { operation: operations.handOver, file: 'groups', name: 'handOver' },
  { operation: operations.broadcast, file: 'groups', name: 'broadcast' },
  { operation: operations.raiseHand, file: 'groups', name: 'raiseHand' },
  { operation: operations.openBreakoutRooms, file: 'breakout-rooms', name: 'open' },
  { operation: operations.moveToBreakoutRoom, file: 'breakout-rooms', name: 'move' },
  { operation: operations.closeBreakoutRooms, file: 'breakout-rooms', name: 'close' },
  { operation: operations.extendBreakoutRooms, file: 'breakout-rooms', name: 'extend' },
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
  { operation: operations.proposeAppointment, file: 'appointments', name: 'propose' },
  { operation: operations.listAppointments, file: 'appointments', name: 'list' },
  { operation: operations.getAppointment, file: 'appointments', name: 'get' },
  { operation: operations.cancelAppointment, file: 'appointments', name: 'cancel' },
  { operation: operations.rescheduleAppointment, file: 'appointments', name: 'reschedule' },
  { operation: operations.listAppointmentRequests, file: 'appointments', name: 'requests' },
  { operation: operations.callPatient, file: 'direct-calls', name: 'call' },
  { operation: operations.getDirectCall, file: 'direct-calls', name: 'get' },
  { operation: operations.cancelDirectCall, file: 'direct-calls', name: 'cancel' },
  { operation: operations.revokePortalSessions, file: 'portal', name: 'revoke' },
  { operation: operations.portalSignIn, file: 'portal', name: 'signIn' },
  { operation: operations.portal, file: 'portal', name: 'portal' },
  { operation: operations.portalSignOut, file: 'portal', name: 'signOut' },
  { operation: operations.portalEventTicket, file: 'portal', name: 'ticket' },
  { operation: operations.acceptAppointment, file: 'portal', name: 'accept' },
  { operation: operations.rejectAppointment, file: 'portal', name: 'reject' },
  { operation: operations.joinAppointment, file: 'portal', name: 'join' },
  { operation: operations.requestAppointment, file: 'portal', name: 'request' },
  { operation: operations.acknowledgeCall, file: 'portal', name: 'ringing' },
  { operation: operations.acceptCall, file: 'portal', name: 'answerCall' },
  { operation: operations.rejectCall, file: 'portal', name: 'declineCall' },
  { operation: operations.listStaff, file: 'meeting-rooms', name: 'staff' },
  { operation: operations.listMeetingRooms, file: 'meeting-rooms', name: 'list' },
  { operation: operations.createMeetingRoom, file: 'meeting-rooms', name: 'create' },
  { operation: operations.updateMeetingRoom, file: 'meeting-rooms', name: 'update' },
  { operation: operations.deleteMeetingRoom, file: 'meeting-rooms', name: 'remove' },
  { operation: operations.enterMeetingRoom, file: 'meeting-rooms', name: 'enter' },
  { operation: operations.meetingRoomGuestLink, file: 'meeting-rooms', name: 'shareLink' },
  { operation: operations.sendMeetingRoomLink, file: 'meeting-rooms', name: 'sendLink' },
  { operation: operations.resetMeetingRoomLink, file: 'meeting-rooms', name: 'resetLink' },
  { operation: operations.meetingRoomLog, file: 'meeting-rooms', name: 'log' },
  { operation: operations.audit, file: 'audit', name: 'read' },
  { operation: operations.auditCsv, file: 'audit', name: 'exportCsv' },
];

/** Where a route's handler lives, for bundling. */
export const handlerEntry = (route: Route): string =>
  new URL(`./handlers/${route.file}.ts`, import.meta.url).pathname;

