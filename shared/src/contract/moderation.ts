import { operation } from './operation.ts';
import { paths } from '../paths.ts';
import { Consultation, ConsultationPath } from '../schemas/consultations.ts';
import { ParticipantPath } from '../schemas/moderation.ts';

/** The host's hand on the people of the call: back to the waiting room, out, microphone and camera. */
export const moderationOperations = {
  holdParticipant: operation({
    id: 'holdParticipant',
    method: 'POST',
    path: paths.holdParticipant,
    auth: 'staff',
    summary: 'Place someone in the call back in the waiting room; their media stops until they are admitted again',
    params: ParticipantPath,
    response: Consultation,
    status: 200,
  }),
  removeParticipant: operation({
    id: 'removeParticipant',
    method: 'POST',
    path: paths.removeParticipant,
    auth: 'staff',
    summary: 'Remove someone from the consultation: their session, links and media stop working',
    params: ParticipantPath,
    response: Consultation,
    status: 200,
  }),
  muteParticipant: operation({
    id: 'muteParticipant',
    method: 'POST',
    path: paths.muteParticipant,
    auth: 'staff',
    summary: 'Mute someone in the call (only they can unmute themselves, and only if the host lets them send again)',
    params: ParticipantPath,
    response: Consultation,
    status: 200,
  }),
  stopParticipantVideo: operation({
    id: 'stopParticipantVideo',
    method: 'POST',
    path: paths.stopParticipantVideo,
    auth: 'staff',
    summary: 'Stop the camera (and screen sharing) of someone in the call',
    params: ParticipantPath,
    response: Consultation,
    status: 200,
  }),
  muteOthers: operation({
    id: 'muteOthers',
    method: 'POST',
    path: paths.muteOthers,
    auth: 'staff',
    summary: 'Mute everyone in the call except the clinicians',
    params: ConsultationPath,
    response: Consultation,
    status: 200,
  }),
};
