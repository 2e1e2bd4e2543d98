import { type Consultation, DomainError, mainRoom, neverHappened, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { roomOf } from '../consultation/breakout.ts';
import { admit, admitMany, end, participantOf } from '../consultation/changes.ts';
import {
  type ConsultationRecord,
  inTheCall,
  isModerator,
  meetingOf,
  type ParticipantRecord,
  toConsultationView,
  withMeeting,
} from '../consultation/record.ts';
import { logger } from '../logger.ts';
import { announceConsultation, announceParticipant, announceParticipants } from './announce.ts';
import { afterConsultationEnded } from './consultation-ended.ts';
import { encountersOf } from './encounter.ts';
import { placeInRoom } from './join-media.ts';
import { requireGroup } from './staff-access.ts';

/** The consultation, if this staff member hosts or co-moderates it; others get the same answer as for none. */
export const hostedBy = async ({ store }: Pick<Dependencies, 'store'>, staff: Staff, id: string) => {
  requireGroup(staff, 'clinician');
  const record = await store.consultations.get(id);
  if (!record || !isModerator(record, staff.id)) throw new DomainError('not-found', 'There is no such consultation.');
  return record;
};

export const getConsultation = async (deps: Pick<Dependencies, 'store'>, staff: Staff, id: string) =>
  toConsultationView(await hostedBy(deps, staff, id));

const isOpen = (record: ConsultationRecord) => record.status === 'open' || record.status === 'in-progress';


export const listConsultations = async (
  { store }: Pick<Dependencies, 'store'>,
  staff: Staff,
  status: 'open' | 'ended',
): Promise<{ consultations: Consultation[] }> => {
  requireGroup(staff, 'clinician');
  if (status === 'open') {
    // Those they host, and the group sessions they co-moderate, newest first.
    const [hosted, coHosted] = await Promise.all([store.consultations.listOpenByHost(staff.id), store.consultations.listOpenByCoHost(staff.id)]);
    const open = [...hosted, ...coHosted.filter((c) => !hosted.some((h) => h.id === c.id))];
    return { consultations: open.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(toConsultationView) };
  }
  // Recent consultations: the newest 100 of the host, of which the 50 newest that are over.
  const records = await store.consultations.listByHost(staff.id, 100);
  return {
    consultations: records
      .filter((r) => !isOpen(r) && !neverHappened(r))
      .slice(0, 50)
      .map(toConsultationView),
  };
};

export const admitParticipant = async (deps: Dependencies, staff: Staff, id: string, participantId: string) => {
  requireGroup(staff, 'clinician');
  // Whether they host it is read with the record the admission changes: one read before the word goes out, not two.
  const record = await deps.store.consultations.update(id, (current) => {
    if (!isModerator(current, staff.id)) throw new DomainError('not-found', 'There is no such consultation.');
    return admit(current, participantId, deps.clock.now());
  });
  const person = participantOf(record, participantId);
  const media = await mediaOnAdmission(deps, record, person);
  await announceParticipant(deps, record, person, inTheCall(record), [], media);
  await announceConsultation(deps, record);
  return { ...toConsultationView(record), admitted: [participantId] };
};

/**
 * The person let in gets their place in the main room's media with the word that they are in
 * (see announceParticipants), so their call starts without a round trip to ask for it. When it
 * cannot be had now (a full room), they ask as before and hear why.
 */
const mediaOnAdmission = async (deps: Dependencies, record: ConsultationRecord, person: ParticipantRecord) => {
  if (roomOf(person) !== mainRoom) return undefined;
  try {
    return await placeInRoom(deps, record, person.id, mainRoom);
  } catch (error) {
    logger.info('media not given with the admission', { consultationId: record.id, reason: (error as Error).name });
    return undefined;
  }
};

/**
 * The people just let in get their places in the main room's meeting ahead of asking for
 * media (Chime: one call per 100), so a crowd admitted at once does not all ask Chime at the
 * same moment. Their admission stands whatever Chime answers: whoever has no place yet gets one
 * when they ask for media.
 */
const prepareMedia = async (deps: Dependencies, record: ConsultationRecord, participantIds: readonly string[]) => {
  if (participantIds.length === 0) return;
  try {
    const { meetingId } = await deps.meetings.admit(record, participantIds, mainRoom);
    if (meetingId && meetingId !== meetingOf(record, mainRoom)) {
      await deps.store.consultations.update(record.id, (current) => withMeeting(current, mainRoom, meetingId));
    }
  } catch (error) {
    logger.warn('places in the meeting not made ahead', { consultationId: record.id, reason: (error as Error).name });
  }
};

/**
 * A group let in at once: everyone waiting, or those listed who are still waiting. One change:
 * each person's item is written once, side by side, and each hears of it on their own.
 */
export const admitParticipants = async (deps: Dependencies, staff: Staff, id: string, participantIds?: readonly string[]) => {
  const before = await hostedBy(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) => admitMany(current, participantIds, deps.clock.now()));
  const letIn = Object.values(record.participants).filter(
    (p) => p.state === 'admitted' && before.participants[p.id]?.state !== 'admitted',
  );
  await prepareMedia(deps, record, letIn.map((p) => p.id));
  await announceParticipants(deps, record, letIn, inTheCall(record));
  if (record.status !== before.status) await announceConsultation(deps, record);
  return { ...toConsultationView(record), admitted: letIn.map((p) => p.id) };
};

export const endConsultation = async (
  deps: Dependencies,
  staff: Staff,
  id: string,
  answer: { result: 'completed' | 'unsuccessful'; technicalProblems: boolean },
) => {
  await hostedBy(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) =>
    end(current, { ...answer, recordedBy: staff.id }, deps.clock.now()),
  );
  await deps.meetings.end(record);
  await announceConsultation(deps, record);
  await afterConsultationEnded(deps, record);
  const view = toConsultationView(record);
  if (view.outcome?.result === 'completed') {
    // A group session: one encounter per patient on record who attended.
    for (const encounter of encountersOf(view)) await deps.integrations.encounterRecorded(encounter);
  }
  return view;
};
