import type { SessionResponse } from '@clinicall/shared';
import { staffPresent } from '../meeting-room/sitting.ts';
import { type ConsultationRecord, toBreakoutView } from './record.ts';

/** What a participant's own page shows of the session and of themselves (a group session's title, end, rooms and their hand too). */
export const toSessionView = (record: ConsultationRecord, participantId: string): SessionResponse => {
  const participant = record.participants[participantId]!;
  // Someone back from a lost connection goes back to their room; the waiting room hears of no rooms.
  const inCall = participant.state === 'admitted';
  return {
    consultation: {
      id: record.id,
      type: record.type,
      status: record.status,
      hostName: record.hostName,
      ...(record.title && { title: record.title }),
      ...(record.endsAt && { endsAt: record.endsAt }),
      ...(inCall && record.breakout && { breakout: toBreakoutView(record.breakout) }),
      // A meeting room's guest hears whether anyone of the organisation is there: that alone.
      ...(inCall && record.type === 'meeting-room' && participant.staffId === undefined && { staffPresent: staffPresent(record) }),
    },
    participant: {
      id: participant.id,
      role: participant.role,
      state: participant.state,
      displayName: participant.displayName,
      ...(inCall && participant.room && { room: participant.room }),
      ...(participant.handRaisedAt && { handRaisedAt: participant.handRaisedAt }),
    },
  };
};
