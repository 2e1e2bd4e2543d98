import type { DirectCall, DirectCallStatus, MissedCall } from '@clinicall/shared';
import { missedReasonOf } from '@clinicall/shared';

/** "Call Patient": one ring of the patient's portal and how it went. */
export interface DirectCallRecord {
  readonly id: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly clinicianId: string;
  readonly clinicianName: string;
  readonly status: DirectCallStatus;
  /** The direct-call consultation the clinician waits in and the patient enters on accepting. */
  readonly consultationId: string;
  readonly startedAt: string;
  /** A device of the patient's said it is ringing. */
  readonly ringingAt?: string;
  readonly answeredAt?: string;
  /** When it stopped ringing without an answer, was hung up, or the call ended. */
  readonly endedAt?: string;
  readonly version: number;
}

export const toDirectCallView = (record: DirectCallRecord): DirectCall => ({
  id: record.id,
  patientId: record.patientId,
  patientName: record.patientName,
  clinicianId: record.clinicianId,
  clinicianName: record.clinicianName,
  status: record.status,
  consultationId: record.consultationId,
  startedAt: record.startedAt,
  ...(record.answeredAt && { answeredAt: record.answeredAt }),
  ...(record.endedAt && { endedAt: record.endedAt }),
  ...(record.ringingAt && { ringingAt: record.ringingAt }),
});

/** The portal's entry for a missed call, or undefined when the call was not missed. */
export const toMissedCall = (record: DirectCallRecord): MissedCall | undefined => {
  const reason = missedReasonOf(record.status);
  return reason ? { id: record.id, clinicianName: record.clinicianName, at: record.startedAt, reason } : undefined;
};
