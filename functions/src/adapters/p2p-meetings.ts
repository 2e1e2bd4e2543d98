import type { Meetings } from '#ports';
import { inTheCall } from '../consultation/record.ts';

/**
 * Browser-to-browser media for the local runtime: the "meeting" is the consultation, peers are
 * its participants and the events socket carries the signalling. Loopback needs no STUN/TURN.
 */
export const p2pMeetings: Meetings = {
  join: (consultation, participantId) =>
    Promise.resolve({
      credentials: { kind: 'p2p', roomId: consultation.id, peerId: participantId, roster: [...inTheCall(consultation)], iceServers: [] },
    }),
  end: () => Promise.resolve(),
};
