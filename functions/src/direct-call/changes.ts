import { type DirectCallEvent, DomainError, nextDirectCallStatus } from '@clinicall/shared';
import type { DirectCallRecord } from './record.ts';

/** Pure changes to one direct call, by the lifecycle's rules (shared/). */

/** The call moves on; a ringing call that stops records when. */
export const moveCall = (record: DirectCallRecord, event: DirectCallEvent, now: Date): DirectCallRecord => {
  const status = nextDirectCallStatus(record.status, event);
  const at = now.toISOString();
  return { ...record, status, ...(event === 'accept' ? { answeredAt: at } : { endedAt: at }) };
};

/** A device of the patient's rings: remembered once; a call no longer ringing cannot ring. */
export const acknowledge = (record: DirectCallRecord, now: Date): DirectCallRecord => {
  if (record.status !== 'ringing') {
    throw new DomainError('illegal-transition', 'This call is no longer ringing.', { state: record.status });
  }
  return record.ringingAt ? record : { ...record, ringingAt: now.toISOString() };
};

/** The timers' view: act only on a call still ringing (and, for the ring check, not heard ringing anywhere). */
export const stopRinging = (record: DirectCallRecord, event: 'time-out' | 'find-no-device', now: Date): DirectCallRecord => {
  if (record.status !== 'ringing') return record;
  if (event === 'find-no-device' && record.ringingAt) return record;
  return moveCall(record, event, now);
};
