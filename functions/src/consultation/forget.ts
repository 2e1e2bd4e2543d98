import type { ConsultationRecord, LinkRecord, ParticipantRecord } from './record.ts';

/**
 * A person once the call's contact details are forgotten: staff keep their name (the
 * organisation's own), everyone else keeps only their role, state and times. No session, no
 * device check: nothing that reached or admitted them.
 */
const forgottenPerson = (participant: ParticipantRecord): ParticipantRecord => {
  const { sessionHash: _hash, sessionExpiresAt: _expires, deviceCheck: _check, ...kept } = participant;
  return participant.staffId ? kept : { ...kept, displayName: '' };
};

/** A link keeps its channel, times and status; not where it went. */
const forgottenLink = (link: LinkRecord): LinkRecord => ({ ...link, destination: '', sentTo: '' });

/** The people and their links without contact details; the consultation itself (roles, times, outcome) as it was. */
export const forgetPeople = (record: ConsultationRecord): ConsultationRecord => ({
  ...record,
  participants: Object.fromEntries(Object.entries(record.participants).map(([id, p]) => [id, forgottenPerson(p)])),
  links: Object.fromEntries(Object.entries(record.links).map(([id, l]) => [id, forgottenLink(l)])),
});

/** Recorded last, once every person is written: a purge cut short before this is simply done again. */
export const markForgotten = (record: ConsultationRecord, now: Date): ConsultationRecord =>
  record.contactsForgottenAt ? record : { ...record, contactsForgottenAt: now.toISOString() };
