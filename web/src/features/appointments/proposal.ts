import type { TFunction } from 'i18next';
import {
  appointmentMinutes,
  CalendarDate,
  callTypes,
  ClockTime,
  Email,
  instantOf,
  Mobile,
  type ProposeAppointmentRequest,
} from '@clinicall/shared';

export type ExtraRole = 'interpreter' | 'support-person' | 'colleague';

export const extraRoles: readonly ExtraRole[] = ['interpreter', 'support-person', 'colleague'];

/** At most this many extra people in an individual appointment (the call type's limit). */
export const maxExtras = callTypes['individual-appointment'].maxExtras;

export interface ExtraChoice {
  readonly role: ExtraRole;
  /** A mobile number or an email address: their own single-use link goes there. */
  readonly contact: string;
  readonly displayName: string;
}

export interface ProposalChoice {
  readonly date: string;
  /** 24-hour clock, HH:MM. */
  readonly time: string;
  readonly durationMinutes: number;
  readonly note: string;
  readonly extras: readonly ExtraChoice[];
  readonly channel: 'email' | 'sms';
}

/** Which field a problem belongs to: date, time, durationMinutes, note, or extras.<n>.contact / extras.<n>.displayName. */
export type Problems = Readonly<Record<string, string>>;

export type ProposalAnswer<Body> =
  { readonly ok: true; readonly body: Body } | { readonly ok: false; readonly problems: Problems };

export type ProposalBody = Omit<ProposeAppointmentRequest, 'extras'> & {
  extras: ProposeAppointmentRequest['extras'];
};

/** "09:00", "9:00" or "0900" → "09:00". */
export const normaliseTime = (typed: string): string => {
  const match = /^\s*(\d{1,2})[:.h]?(\d{2})\s*$/.exec(typed);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : typed.trim();
};

const whenProblems = (
  choice: Pick<ProposalChoice, 'date' | 'time' | 'durationMinutes'>,
  timeZone: string | undefined,
  now: Date,
  t: TFunction<'appointments'>,
) => {
  const problems: Record<string, string> = {};
  const time = normaliseTime(choice.time);
  if (!choice.date) problems.date = t('problems.chooseDate');
  else if (!CalendarDate.safeParse(choice.date).success) problems.date = t('problems.noSuchDate');
  if (!choice.time.trim()) problems.time = t('problems.enterTime');
  else if (!ClockTime.safeParse(time).success) problems.time = t('problems.timeFormat');
  if (
    !Number.isInteger(choice.durationMinutes) ||
    choice.durationMinutes < appointmentMinutes.shortest ||
    choice.durationMinutes > appointmentMinutes.longest
  ) {
    problems.durationMinutes = t('problems.duration');
  }
  if (!problems.date && !problems.time && timeZone) {
    try {
      if (instantOf(choice.date, time, timeZone).getTime() <= now.getTime())
        problems.time = t('problems.timePassed');
    } catch {
      // Date and clock are valid by now: only a time the clocks skip has no instant.
      problems.time = t('problems.timeSkipped', { time, date: choice.date, zone: timeZone });
    }
  }
  return { problems, time };
};

/** The extra person's contact: an email by its @, otherwise a mobile number. */
const contactOf = (
  contact: string,
  t: TFunction<'appointments'>,
): { mobile: string } | { email: string } | { problem: string } => {
  const value = contact.trim();
  if (!value) return { problem: t('problems.enterContact') };
  const tooLong = (issues: readonly { code: string }[]) => issues.some((issue) => issue.code === 'too_big');
  if (value.includes('@')) {
    const email = Email.safeParse(value);
    if (email.success) return { email: email.data };
    return { problem: t(tooLong(email.error.issues) ? 'problems.emailTooLong' : 'problems.emailInvalid') };
  }
  const mobile = Mobile.safeParse(value.replace(/^00/, '+'));
  if (mobile.success) return { mobile: mobile.data };
  return { problem: t(tooLong(mobile.error.issues) ? 'problems.mobileTooLong' : 'problems.mobileInvalid') };
};

/**
 * The proposal for the API, or every problem at once (checked with the API's rules). The time
 * is in `timeZone` (the organisation's) when it is known, so a time already past is refused here.
 */
export const proposalRequest = (
  patientId: string,
  choice: ProposalChoice,
  timeZone: string | undefined,
  t: TFunction<'appointments'>,
  now = new Date(),
): ProposalAnswer<ProposalBody> => {
  const { problems, time } = whenProblems(choice, timeZone, now, t);
  const note = choice.note.trim();
  if (note.length > 500) problems.note = t('problems.note');
  if (choice.extras.length > maxExtras) problems.extras = t('problems.tooManyExtras', { count: maxExtras });
  const extras = choice.extras.map((extra, index) => {
    const contact = contactOf(extra.contact, t);
    if ('problem' in contact) problems[`extras.${index}.contact`] = contact.problem;
    const name = extra.displayName.trim();
    if (name.length > 100 || /[<>{}\\]/.test(name)) {
      problems[`extras.${index}.displayName`] = t('problems.name');
    }
    return { role: extra.role, ...('problem' in contact ? {} : contact), ...(name && { displayName: name }) };
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      patientId,
      date: choice.date,
      time,
      ...(timeZone && { timeZone }),
      durationMinutes: choice.durationMinutes,
      extras,
      ...(note && { note }),
      channel: choice.channel,
    },
  };
};

export interface RescheduleBody {
  readonly date: string;
  readonly time: string;
  readonly timeZone?: string;
  readonly durationMinutes?: number;
}

/** A new time for an appointment (also after the patient declined one). */
export const rescheduleRequest = (
  choice: Pick<ProposalChoice, 'date' | 'time' | 'durationMinutes'>,
  timeZone: string | undefined,
  t: TFunction<'appointments'>,
  now = new Date(),
): ProposalAnswer<RescheduleBody> => {
  const { problems, time } = whenProblems(choice, timeZone, now, t);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: { date: choice.date, time, ...(timeZone && { timeZone }), durationMinutes: choice.durationMinutes },
  };
};
