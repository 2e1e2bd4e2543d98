import { joinWindowMinutes, type Language } from '@clinicall/shared';
import type {
  Appointment,
  AppointmentRequest,
  AppointmentRequestStatus,
  AppointmentStatus,
  Outcome,
} from '@clinicall/shared';
import type { ChannelName } from '../consultation/record.ts';
import { messagesIn } from '../messages/index.ts';

export type ExtraRole = 'interpreter' | 'support-person' | 'colleague';

/** An extra person of an appointment, with where their link goes (never shown, only `sentTo`). */
export interface ExtraRecord {
  readonly role: ExtraRole;
  readonly displayName: string;
  readonly channel: ChannelName;
  readonly destination: string;
  readonly sentTo: string;
}

/** One appointment as stored: the proposal, the patient's answer and what became of it. */
export interface AppointmentRecord {
  readonly id: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly clinicianId: string;
  readonly clinicianName: string;
  readonly status: AppointmentStatus;
  /** ISO instant; agreed as a wall-clock time in `timeZone`. */
  readonly startsAt: string;
  readonly timeZone: string;
  readonly durationMinutes: number;
  readonly extras: readonly ExtraRecord[];
  readonly note?: string;
  /** How the patient hears of it: email unless asked otherwise or there is no email address. */
  readonly channel: ChannelName;
  readonly rejection?: { readonly reason?: string; readonly preferredTimes?: string };
  readonly cancellation?: { readonly reason?: string };
  /** The consultation made when the patient accepted; a new one after each acceptance. */
  readonly consultationId?: string;
  readonly outcome?: Outcome;
  /** Reminders (minutes before the start) sent, or skipped because their time had passed. */
  readonly remindersDone?: readonly number[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export const endOf = (appointment: Pick<AppointmentRecord, 'startsAt' | 'durationMinutes'>): Date =>
  new Date(Date.parse(appointment.startsAt) + appointment.durationMinutes * 60_000);


export const opensAt = (appointment: Pick<AppointmentRecord, 'startsAt'>): Date =>
  new Date(Date.parse(appointment.startsAt) - joinWindowMinutes * 60_000);

/** What staff and the patient see: no contact details of the extra people. */
export const toAppointmentView = (record: AppointmentRecord): Appointment => ({
  id: record.id,
  patientId: record.patientId,
  patientName: record.patientName,
  clinicianId: record.clinicianId,
  clinicianName: record.clinicianName,
  status: record.status,
  startsAt: record.startsAt,
  timeZone: record.timeZone,
  durationMinutes: record.durationMinutes,
  extras: record.extras.map((e) => ({ role: e.role, displayName: e.displayName })),
  ...(record.note && { note: record.note }),
  ...(record.rejection && { rejection: record.rejection }),
  ...(record.consultationId && { consultationId: record.consultationId }),
  ...(record.outcome && { outcome: record.outcome }),
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

export type PartOfDay = 'morning' | 'afternoon' | 'any';

/** A patient asking for an appointment (Book Appointment), often after a missed call. */
export interface AppointmentRequestRecord {
  readonly id: string;
  readonly patientId: string;
  readonly patientName: string;
  /** The clinician whose call was missed; absent: anyone in the care team. */
  readonly clinicianId?: string;
  readonly from: string;
  readonly to: string;
  readonly partOfDay: PartOfDay;
  readonly note?: string;
  readonly missedCallId?: string;
  readonly status: AppointmentRequestStatus;
  /** The appointment proposed in answer. */
  readonly appointmentId?: string;
  readonly createdAt: string;
  readonly answeredAt?: string;
  readonly version: number;
}

export const toRequestView = (record: AppointmentRequestRecord): AppointmentRequest => ({
  id: record.id,
  patientId: record.patientId,
  patientName: record.patientName,
  ...(record.clinicianId && { clinicianId: record.clinicianId }),
  from: record.from,
  to: record.to,
  partOfDay: record.partOfDay,
  ...(record.note && { note: record.note }),
  ...(record.missedCallId && { missedCallId: record.missedCallId }),
  status: record.status,
  createdAt: record.createdAt,
});

/** What every message about an appointment says: the organisation, the clinician, and when (on the organisation's clock), in the reader's language. */
export const appointmentMessageContext = async (record: AppointmentRecord, organisationName: string, language: Language) => ({
  organisationName,
  clinicianName: record.clinicianName,
  when: (await messagesIn(language)).when(new Date(record.startsAt), record.timeZone),
});
