import { DomainError, mainRoom, type MediaAllowance, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { participantOf } from '../consultation/changes.ts';
import {
  fullAllowance,
  hold,
  isStaff,
  muteOthers,
  remove,
  restrict,
  type Stop,
} from '../consultation/moderation.ts';
import {
  type ConsultationRecord,
  inTheCall,
  isModerator,
  meetingsOf,
  toConsultationView,
} from '../consultation/record.ts';
import { requireGroup } from './staff-access.ts';
import { announceLink, announceParticipant, announceParticipants, consultationTopic } from './announce.ts';

type Deps = Pick<Dependencies, 'store' | 'clock' | 'events' | 'meetings'>;

/**
 * The consultation, if this clinician hosts it. Moderation answers 403 to anyone else who may
 * see that it exists (staff who are not its host); an unknown consultation is 404.
 */
const moderatedBy = async ({ store }: Pick<Dependencies, 'store'>, staff: Staff, id: string) => {
  requireGroup(staff, 'clinician');
  const record = await store.consultations.get(id);
  if (!record) throw new DomainError('not-found', 'There is no such consultation.');
  if (!isModerator(record, staff.id))
    throw new DomainError('forbidden', 'Only the clinician hosting this consultation can do this.');
  return record;
};

/** The rooms whose media to change: every room with a meeting, or the main room when there is none yet. */
const roomsOf = (record: ConsultationRecord) => {
  const rooms = meetingsOf(record).map((m) => m.room);
  return rooms.length > 0 ? rooms : [mainRoom];
};

/** Out of the call: their media credentials stop working in every room (Chime: their attendees are deleted). */
const outOfTheCall = async (deps: Deps, record: ConsultationRecord, participantId: string) => {
  // The people still in the call see them go.
  await announceParticipant(deps, record, participantOf(record, participantId), inTheCall(record));
  await deps.meetings.remove(record, participantId);
};

/** POST …/participants/{participantId}/hold: back to the waiting room, to be admitted again later. */
export const holdParticipant = async (deps: Deps, staff: Staff, id: string, participantId: string) => {
  await moderatedBy(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) =>
    hold(current, participantId, deps.clock.now()),
  );
  await outOfTheCall(deps, record, participantId);
  return toConsultationView(record);
};

/** POST …/participants/{participantId}/remove: out of the consultation; their session and links stop working. */
export const removeParticipant = async (deps: Deps, staff: Staff, id: string, participantId: string) => {
  await moderatedBy(deps, staff, id);
  let retired: string[] = [];
  let changed = false;
  const record = await deps.store.consultations.update(id, (current) => {
    const next = remove(current, participantId, deps.clock.now());
    changed = next !== current;
    retired = Object.keys(next.links).filter(
      (linkId) => next.links[linkId]!.status !== current.links[linkId]?.status,
    );
    return next;
  });
  if (changed) {
    await announceParticipant(deps, record, participantOf(record, participantId), inTheCall(record));
    await Promise.all(retired.map((linkId) => announceLink(deps, record, linkId)));
  }
  // Asked again, their attendees are looked for again: harmless, and it heals a lost call.
  await deps.meetings.remove(record, participantId);
  return toConsultationView(record);
};

/**
 * The people whose microphone or camera was stopped hear it, and their page stops it itself.
 * In a local (browser-to-browser) call that is the only stop there is: no server carries the
 * media, so the page obeying the event is what mutes it. In Chime the capabilities enforce it.
 */
const tellStopped = (deps: Deps, record: ConsultationRecord, people: ReadonlySet<string>, stop: Stop) =>
  people.size === 0
    ? Promise.resolve()
    : deps.events.publish(
        consultationTopic(record.id),
        { type: 'media-stopped', consultationId: record.id, stop },
        ({ peerId }) => people.has(peerId),
      );

const allowanceOf = (record: ConsultationRecord, participantId: string): MediaAllowance =>
  record.participants[participantId]?.mediaAllowance ?? fullAllowance;

/** POST …/mute and …/stop-video: one person stops sending sound, or pictures (and a shared screen). */
export const stopParticipantMedia = async (
  deps: Deps,
  staff: Staff,
  id: string,
  participantId: string,
  stop: Stop,
) => {
  await moderatedBy(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) =>
    restrict(current, participantId, stop, deps.clock.now()),
  );
  // Asked again (a retry, a double click), the media is set again: harmless, and it heals a lost call.
  for (const room of roomsOf(record))
    await deps.meetings.allow(record, room, participantId, allowanceOf(record, participantId));
  await tellStopped(deps, record, new Set([participantId]), stop);
  // Staff screens show what the person may send now.
  await announceParticipant(deps, record, participantOf(record, participantId));
  return toConsultationView(record);
};

/** POST …/mute-all: everyone in the call but staff is muted; cameras are left as they are. */
export const muteEveryoneElse = async (deps: Deps, staff: Staff, id: string) => {
  await moderatedBy(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) =>
    muteOthers(current, deps.clock.now()),
  );
  const inCall = [...inTheCall(record)].map((participantId) => participantOf(record, participantId));
  const staffIds = inCall.filter(isStaff).map((p) => p.id);
  // One change for everyone would give back a camera the host stopped: those are changed one by one.
  const cameraStopped = inCall
    .filter((p) => !isStaff(p) && !allowanceOf(record, p.id).video)
    .map((p) => p.id);
  for (const room of roomsOf(record)) {
    await deps.meetings.allowAllExcept(record, room, [...staffIds, ...cameraStopped], {
      audio: false,
      video: true,
    });
    for (const participantId of cameraStopped)
      await deps.meetings.allow(record, room, participantId, allowanceOf(record, participantId));
  }
  const muted = new Set(inCall.filter((p) => !isStaff(p)).map((p) => p.id));
  await tellStopped(deps, record, muted, 'microphone');
  await announceParticipants(
    deps,
    record,
    [...muted].map((participantId) => participantOf(record, participantId)),
  );
  return toConsultationView(record);
};
