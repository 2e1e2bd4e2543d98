import type { Dependencies } from '#ports';
import type { LinkRecord, ParticipantRecord } from '../consultation/record.ts';
import { issueLink } from '../use-cases/send-link.ts';

/** A member of a group session as the test knows them: their link's token and their date of birth. */
export interface Member {
  readonly token: string;
  readonly dateOfBirth: string;
  readonly participantId: string;
}

/**
 * Test and benchmark support: a group consultation hosted by `hostId`, with `size` patients on
 * record, each invited with their own link, stored as the use cases store one.
 */
export const openGroup = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'settings' | 'clock'>,
  hostId: string,
  size: number,
): Promise<{ consultationId: string; members: Member[] }> => {
  const now = deps.clock.now();
  const at = now.toISOString();
  const consultationId = deps.ids.id();
  const host: ParticipantRecord = { id: deps.ids.id(), role: 'clinician', displayName: 'Dr Group', state: 'admitted', staffId: hostId, updatedAt: at };
  const participants: ParticipantRecord[] = [host];
  const links: LinkRecord[] = [];
  const members: Member[] = [];
  for (let i = 0; i < size; i++) {
    const dateOfBirth = new Date(Date.UTC(1950, 0, 1 + i * 97)).toISOString().slice(0, 10);
    const patientId = deps.ids.id();
    await deps.store.patients.add({ id: patientId, givenName: `Member${i}`, familyName: 'Group', dateOfBirth, language: 'en', createdAt: at });
    const participant: ParticipantRecord = { id: deps.ids.id(), role: 'patient', displayName: `Member${i} Group`, state: 'invited', patientId, updatedAt: at };
    const issued = await issueLink(deps, {
      consultationId,
      participantId: participant.id,
      channel: 'email',
      destination: `member${i}@example.org`,
      sentTo: `m•••${i}@example.org`,
      hostName: 'Dr Group',
      language: 'en',
      now,
    });
    participants.push(participant);
    links.push(issued.link);
    members.push({ token: issued.token, dateOfBirth, participantId: participant.id });
  }
  await deps.store.consultations.add({
    id: consultationId,
    type: 'group-consultation',
    status: 'open',
    hostId,
    hostName: 'Dr Group',
    createdAt: at,
    participants: Object.fromEntries(participants.map((p) => [p.id, p])),
    links: Object.fromEntries(links.map((l) => [l.id, l])),
  });
  return { consultationId, members };
};
