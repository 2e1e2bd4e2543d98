import { type Consultation, DomainError, type NewGroupConsultation, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { addCoHost, handOver, maxCoHosts, moderatorPlace } from '../consultation/group.ts';
import { type ConsultationRecord, type ParticipantRecord, toConsultationView } from '../consultation/record.ts';
import { announceConsultation, announceParticipant } from './announce.ts';
import { armContactPurge } from './contact-purge.ts';
import { hostedBy } from './host-consultation.ts';
import { requireGroup } from './staff-access.ts';

const minute = 60_000;

/** A session may be created a little after its start (the form was open a while). */
const graceMinutes = 5;

/** The clinicians who may moderate: each id must be one of them. */
const cliniciansNamed = async (deps: Pick<Dependencies, 'staffDirectory'>, staffIds: readonly string[]) => {
  if (staffIds.length === 0) return [];
  const clinicians = await deps.staffDirectory.inGroup('clinician');
  return staffIds.map((staffId) => {
    const found = clinicians.find((c) => c.id === staffId);
    if (!found) throw new DomainError('invalid-request', 'A co-moderator must be a clinician in the staff directory.');
    return { id: found.id, name: found.name };
  });
};

/** The session ends by itself at `endsAt`: the timer fires whether or not anyone is still there. */
export const sessionEndTimer = (record: Pick<ConsultationRecord, 'id' | 'endsAt'>) =>
  ({ kind: 'session-end', id: record.id, dueAt: record.endsAt! }) as const;

/**
 * POST /api/consultations: a group consultation at a set time and length, hosted by the
 * clinician creating it, with co-moderators; people are registered afterwards.
 */
export const createGroupConsultation = async (
  deps: Dependencies,
  staff: Staff,
  request: NewGroupConsultation,
): Promise<{ consultation: Consultation }> => {
  requireGroup(staff, 'clinician');
  const now = deps.clock.now();
  const startsAt = new Date(request.startsAt);
  if (startsAt.getTime() < now.getTime() - graceMinutes * minute) {
    throw new DomainError('invalid-request', 'A group session cannot start in the past.');
  }
  const coHostIds = [...new Set(request.coHostIds ?? [])].filter((id) => id !== staff.id);
  if (coHostIds.length > maxCoHosts) throw new DomainError('invalid-request', `At most ${maxCoHosts} co-moderators.`);
  const coHosts = await cliniciansNamed(deps, coHostIds);
  const at = now.toISOString();
  const host: ParticipantRecord = {
    id: deps.ids.id(),
    role: 'clinician',
    displayName: staff.name,
    state: 'admitted',
    staffId: staff.id,
    updatedAt: at,
  };
  const moderators = coHosts.map((coHost) => moderatorPlace(deps.ids.id(), coHost, now));
  const id = deps.ids.id();
  const endsAt = new Date(startsAt.getTime() + request.durationMinutes * minute).toISOString();
  // Armed before it is stored, as every consultation's: no crash leaves one that never ends or is never purged.
  await armContactPurge(deps, id, now);
  await deps.timers.start(sessionEndTimer({ id, endsAt }));
  const record = await deps.store.consultations.add({
    id,
    type: 'group-consultation',
    status: 'open',
    hostId: staff.id,
    hostName: staff.name,
    createdAt: at,
    scheduledFor: startsAt.toISOString(),
    endsAt,
    title: request.title,
    ...(request.description && { description: request.description }),
    durationMinutes: request.durationMinutes,
    ...(coHosts.length > 0 && { coHostIds: coHosts.map((c) => c.id) }),
    registered: 0,
    participants: Object.fromEntries([host, ...moderators].map((p) => [p.id, p])),
    links: {},
  });
  await announceConsultation(deps, record);
  return { consultation: toConsultationView(record) };
};

/** What only the host may do: co-moderators see the session, others nothing at all. */
const hostOnly = async (deps: Pick<Dependencies, 'store'>, staff: Staff, id: string) => {
  const record = await hostedBy(deps, staff, id);
  if (record.hostId !== staff.id) throw new DomainError('forbidden', 'Only the host of this session can do this.');
  return record;
};

/** POST …/co-hosts: a clinician from the staff directory moderates with the host and sees the session on their dashboard. */
export const addCoModerator = async (deps: Dependencies, staff: Staff, id: string, staffId: string): Promise<Consultation> => {
  await hostOnly(deps, staff, id);
  const [coHost] = await cliniciansNamed(deps, [staffId]);
  const placeId = deps.ids.id();
  const record = await deps.store.consultations.update(id, (current) => addCoHost(current, moderatorPlace(placeId, coHost!, deps.clock.now())));
  const place = Object.values(record.participants).find((p) => p.staffId === staffId);
  if (place) await announceParticipant(deps, record, place);
  // Their dashboard hears of it (and everyone else's of the change).
  await announceConsultation(deps, record);
  return toConsultationView(record);
};

/** POST …/hand-over: the host leaves the session to a co-moderator, who becomes its host. */
export const handOverSession = async (deps: Dependencies, staff: Staff, id: string, staffId: string): Promise<Consultation> => {
  await hostOnly(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) => handOver(current, staffId, deps.clock.now()));
  const moved = Object.values(record.participants).filter((p) => p.staffId === staffId || p.staffId === staff.id);
  for (const person of moved) await announceParticipant(deps, record, person);
  await announceConsultation(deps, record);
  return toConsultationView(record);
};
