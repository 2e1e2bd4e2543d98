import { type CallTypeId, callTypes, type ParticipantRole } from '@clinicall/shared';
import type { ParticipantRecord } from './record.ts';
import { verificationFor } from './verification.ts';

/** What an invited person is called until they give their name, when the clinician typed none. */
export const roleNames = { interpreter: 'Interpreter', 'support-person': 'Support person', colleague: 'Colleague' } as const;

/** What someone sent a Consult Now link without a name is called until they give one. */
export const unnamedGuest = 'Guest';

const standIns: readonly string[] = [...Object.values(roleNames), unnamedGuest];

/** The name the clinic has for them, if it has one (not a stand-in). */
export const givenNameOf = (participant: Pick<ParticipantRecord, 'displayName'>): string | undefined =>
  standIns.includes(participant.displayName) ? undefined : participant.displayName;

export interface NewGuest {
  readonly id: string;
  readonly role: ParticipantRole;
  readonly displayName: string;
  readonly patientId?: string | undefined;
  /** The host asked to let them in when they arrive. */
  readonly admitOnArrival?: boolean | undefined;
}

/**
 * Someone put on the list of a consultation, by the rules of its type: how they will prove who
 * they are, and whether they wait to be admitted (always let in where the type has no waiting room).
 */
export const guestOf = (type: CallTypeId, guest: NewGuest, now: Date): ParticipantRecord => ({
  id: guest.id,
  role: guest.role,
  displayName: guest.displayName,
  state: 'invited',
  ...(guest.patientId && { patientId: guest.patientId }),
  updatedAt: now.toISOString(),
  verification: verificationFor(type, guest),
  ...((guest.admitOnArrival || !callTypes[type].waitingRoom) && { admitOnArrival: true }),
});
