import type { Dependencies } from '#ports';
import { type Guest, openConsultation } from '../use-cases/open-consultation.ts';

/** A member of a group session as the test knows them: their link's token and their date of birth. */
export interface Member {
  readonly token: string;
  readonly dateOfBirth: string;
  readonly participantId: string;
}

/**
 * Test and benchmark support: a group consultation hosted by `hostId`, with `size` patients on
 * record, each invited with their own link, opened as the use cases open one.
 */
export const openGroup = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'settings' | 'clock' | 'timers'>,
  hostId: string,
  size: number,
): Promise<{ consultationId: string; members: Member[] }> => {
  const now = deps.clock.now();
  const at = now.toISOString();
  const guests: Guest[] = [];
  const datesOfBirth: string[] = [];
  for (let i = 0; i < size; i++) {
    const dateOfBirth = new Date(Date.UTC(1950, 0, 1 + i * 97)).toISOString().slice(0, 10);
    const patientId = deps.ids.id();
    await deps.store.patients.add({ id: patientId, givenName: `Member${i}`, familyName: 'Group', dateOfBirth, language: 'en', createdAt: at });
    guests.push({
      role: 'patient',
      displayName: `Member${i} Group`,
      patientId,
      link: { channel: 'email', destination: `member${i}@example.org`, sentTo: `m•••${i}@example.org`, language: 'en' },
    });
    datesOfBirth.push(dateOfBirth);
  }
  const { record, invitations } = await openConsultation(deps, 'group-consultation', { host: { staffId: hostId, name: 'Dr Group' }, guests, now });
  const members = invitations.map(({ token, request }, i) => ({ token, dateOfBirth: datesOfBirth[i]!, participantId: request.participantId }));
  return { consultationId: record.id, members };
};
