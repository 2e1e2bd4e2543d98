import { type Consultation, DomainError, type SessionResponse, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { assertGroupOpen, raiseHand as raise } from '../consultation/group.ts';
import { inTheCall, moderatorOf, toConsultationView } from '../consultation/record.ts';
import { toSessionView } from '../consultation/session-view.ts';
import type { ParticipantSession } from '../http/route.ts';
import { announceParticipant, consultationTopic } from './announce.ts';
import { hostedBy } from './host-consultation.ts';

/**
 * POST …/broadcast: a short message shown to everyone in the call, in every room; nobody in the
 * waiting area hears it, and nothing is stored.
 */
export const broadcast = async (
  deps: Pick<Dependencies, 'store' | 'events'>,
  staff: Staff,
  id: string,
  message: string,
): Promise<Consultation> => {
  const record = await hostedBy(deps, staff, id);
  assertGroupOpen(record);
  const from = moderatorOf(record, staff.id)?.displayName ?? staff.name;
  const room = inTheCall(record);
  await deps.events.publish(consultationTopic(id), { type: 'broadcast', consultationId: id, from, message }, ({ staff: isStaff, peerId }) =>
    isStaff === true || room.has(peerId),
  );
  return toConsultationView(record);
};

/** POST /api/session/hand: someone in the call raises or lowers their hand; the moderators and the call see it. */
export const raiseHand = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events'>,
  session: ParticipantSession,
  raised: boolean,
): Promise<SessionResponse> => {
  let changed = false;
  // Their own item alone: sixty hands going up at once never wait for one another.
  const record = await deps.store.consultations.updatePerson(session.consultationId, session.participantId, (current) => {
    const next = raise(current, session.participantId, raised, deps.clock.now());
    changed = next !== current;
    return next;
  });
  if (changed) {
    const whole = await deps.store.consultations.get(record.id);
    if (!whole) throw new DomainError('consultation-ended', 'This consultation has ended.');
    await announceParticipant(deps, record, record.participants[session.participantId]!, inTheCall(whole));
  }
  return toSessionView(record, session.participantId);
};
