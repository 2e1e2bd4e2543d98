import type { TFunction } from 'i18next';
import { Email, Mobile, type Patient } from '@clinicall/shared';

export type Channel = 'sms' | 'email';

/** What the clinician chose in the Consult Now form. */
export interface DestinationChoice {
  readonly channel: Channel;
  /** A mobile number or email for this link only (does not change the patient's record). */
  readonly oneOff: string;
  readonly useOneOff: boolean;
  /** Someone not on record: how the clinician will recognise them. */
  readonly displayName: string;
}

/**
 * The organisation's preferred channel when the patient can be reached by it (by default SMS:
 * the five-minute window suits a phone), else the other one; for someone not on record, SMS.
 */
export const defaultChannel = (patient: Patient | undefined, preferred: Channel = 'sms'): Channel => {
  if (!patient) return 'sms';
  if (preferred === 'email') return patient.email || !patient.mobile ? 'email' : 'sms';
  return patient.mobile ? 'sms' : 'email';
};

/** The destination on record for a channel, if any. */
export const recordedDestination = (patient: Patient | undefined, channel: Channel): string | undefined =>
  channel === 'sms' ? patient?.mobile : patient?.email;

/** Whether the one-off field is in play: asked for, or nothing on record for that channel. */
export const needsOneOff = (patient: Patient | undefined, choice: DestinationChoice): boolean =>
  choice.useOneOff || !recordedDestination(patient, choice.channel);

export interface ConsultNowBody {
  readonly patientId?: string;
  readonly mobile?: string;
  readonly email?: string;
  readonly channel: Channel;
  readonly displayName?: string;
}

export type RequestAnswer =
  | { readonly ok: true; readonly body: ConsultNowBody }
  | { readonly ok: false; readonly field: 'oneOff' | 'displayName'; readonly problem: string };

/** The request body, checked with the API's own rules so problems show before sending. */
export const consultNowRequest = (patient: Patient | undefined, choice: DestinationChoice, t: TFunction<'consultNow'>): RequestAnswer => {
  const body: { -readonly [K in keyof ConsultNowBody]: ConsultNowBody[K] } = { channel: choice.channel };
  if (patient) body.patientId = patient.id;
  const name = choice.displayName.trim();
  if (!patient && name) {
    if (name.length > 100 || /[<>{}\\]/.test(name)) {
      return { ok: false, field: 'displayName', problem: t('problems.name') };
    }
    body.displayName = name;
  }
  if (!needsOneOff(patient, choice)) return { ok: true, body };
  const value = choice.oneOff.trim();
  if (!value) {
    return {
      ok: false,
      field: 'oneOff',
      problem: choice.channel === 'sms' ? t('problems.enterMobile') : t('problems.enterEmail'),
    };
  }
  const parsed = choice.channel === 'sms' ? Mobile.safeParse(value) : Email.safeParse(value);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
    const problem =
      choice.channel === 'sms' ? t(tooLong ? 'problems.mobileTooLong' : 'problems.mobileInvalid') : t(tooLong ? 'problems.emailTooLong' : 'problems.emailInvalid');
    return { ok: false, field: 'oneOff', problem };
  }
  if (choice.channel === 'sms') body.mobile = parsed.data;
  else body.email = parsed.data;
  return { ok: true, body };
};
