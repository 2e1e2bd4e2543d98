import { type CallTypeId, callTypes, type Verification } from '@clinicall/shared';
import type { ParticipantRecord } from './record.ts';

/**
 * How a guest will prove who they are: the call type's check, when it can be made. A date of
 * birth is checked against a patient record, so someone not on record gives their name instead.
 */
export const verificationFor = (type: CallTypeId, guest: { readonly patientId?: string | undefined }): Verification => {
  const { verification } = callTypes[type];
  return verification === 'date-of-birth' && !guest.patientId ? 'name' : verification;
};

/**
 * How the person holding a link proves who they are. People invited before this was recorded
 * answer as they did then: a date of birth when on record, their name otherwise.
 */
export const verificationOf = (participant: ParticipantRecord): Verification =>
  participant.verification ?? (participant.patientId ? 'date-of-birth' : 'name');

/** Wrong answers a link of this call type takes before it is locked. */
export const attemptsAllowed = (type: CallTypeId): number => callTypes[type].maxVerificationAttempts;
