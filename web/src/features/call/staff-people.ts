import i18next from 'i18next';
import type { Consultation } from '@clinicall/shared';
import type { RemotePeer } from '../../media/media-session.ts';
import { deviceCheckWords } from './device-check-words.ts';
import { guestsOf } from './guests.ts';
import { connectionWords, type Identify, remoteStatus, roleLabel, statusWords } from './people.ts';
import type { PersonRow } from './PeoplePanel.tsx';

/** Names and roles from the consultation's record; what a peer says of itself only as a fallback. */
export const staffIdentify =
  (consultation: Consultation | undefined): Identify =>
  (peerId, peer) => {
    const participant = consultation?.participants.find((p) => p.id === peerId);
    return {
      name: participant?.displayName.trim() || peer?.media?.name || i18next.t('participant', { ns: 'call' }),
      role: participant?.role ?? peer?.media?.role,
    };
  };

const inCallWords = (peer: RemotePeer): string =>
  peer.connection === 'connected' || peer.connection === 'poor'
    ? i18next.t('inTheCall', { ns: 'call' })
    : connectionWords(peer.connection);

/** Everyone but the host: role, where they are, and microphone/camera or device check. */
export const staffPeople = (
  consultation: Consultation | undefined,
  peers: ReadonlyMap<string, RemotePeer>,
): PersonRow[] =>
  (consultation ? guestsOf(consultation) : []).map((participant) => {
    const peer = peers.get(participant.id);
    // In a group session: a raised hand, and the breakout room someone is in.
    const placed = [
      participant.handRaisedAt && i18next.t('hands.raised', { ns: 'groups' }),
      consultation?.breakout?.rooms.find((room) => room.id === participant.room)?.name,
    ].filter((words): words is string => typeof words === 'string' && words.length > 0);
    const details = peer
      ? [...placed, ...statusWords(remoteStatus(peer))]
      : participant.state === 'waiting' && participant.deviceCheck
        ? [deviceCheckWords(participant.deviceCheck, i18next.getFixedT(null, 'dashboard'))]
        : participant.state === 'invited' && participant.admitOnArrival
          ? [i18next.t('joinsOnArrival', { ns: 'call' })]
          : placed;
    return {
      id: participant.id,
      name: participant.displayName.trim() || i18next.t('guest', { ns: 'call' }),
      role: roleLabel(participant.role),
      // Admitted but not connected to this call: left it, or not yet back.
      state:
        participant.state === 'admitted'
          ? peer
            ? inCallWords(peer)
            : i18next.t('notConnected', { ns: 'call' })
          : i18next.t(`state.${participant.state}`, { ns: 'dashboard' }),
      details,
      waiting: participant.state === 'waiting',
      inCall: participant.state === 'admitted',
      muted: participant.mediaAllowance?.audio === false,
      cameraStopped: participant.mediaAllowance?.video === false,
    };
  });
