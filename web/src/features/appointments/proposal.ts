import {
  CalendarDate,
  ClockTime,
  Email,
  instantOf,
  Mobile,
  type ProposeAppointmentRequest,
} from '@clinicall/shared';

export type ExtraRole = 'interpreter' | 'support-person' | 'colleague';

export const extraRoles: readonly { readonly value: ExtraRole; readonly label: string }[] = [
  { value: 'interpreter', label: 'Interpreter' },
  { value: 'support-person', label: 'Support person' },
  { value: 'colleague', label: 'Colleague' },
];

/** At most this many extra people in an individual appointment (the call type's limit). */
export const maxExtras = 3;

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
) => {
  const problems: Record<string, string> = {};
  const time = normaliseTime(choice.time);
  if (!choice.date) problems.date = 'Choose the date.';
  else if (!CalendarDate.safeParse(choice.date).success) problems.date = 'That date does not exist.';
  if (!choice.time.trim()) problems.time = 'Enter the time, for example 14:30.';
  else if (!ClockTime.safeParse(time).success)
    problems.time = 'Enter the time on the 24-hour clock, for example 14:30.';
  if (
    !Number.isInteger(choice.durationMinutes) ||
    choice.durationMinutes < 5 ||
    choice.durationMinutes > 240
  ) {
    problems.durationMinutes = 'Between 5 minutes and 4 hours.';
  }
  if (!problems.date && !problems.time && timeZone) {
    try {
      if (instantOf(choice.date, time, timeZone).getTime() <= now.getTime())
        problems.time = 'That time has passed. Choose a later one.';
    } catch (error) {
      problems.time = error instanceof Error ? error.message : 'That time does not exist.';
    }
  }
  return { problems, time };
};

/** The extra person's contact: an email by its @, otherwise a mobile number. */
const contactOf = (contact: string): { mobile: string } | { email: string } | { problem: string } => {
  const value = contact.trim();
  if (!value) return { problem: 'Enter their mobile number or email address.' };
  if (value.includes('@')) {
    const email = Email.safeParse(value);
    return email.success
      ? { email: email.data }
      : { problem: email.error.issues[0]?.message ?? 'Check the email address.' };
  }
  const mobile = Mobile.safeParse(value.replace(/^00/, '+'));
  return mobile.success
    ? { mobile: mobile.data }
    : { problem: mobile.error.issues[0]?.message ?? 'Check the mobile number.' };
};

/**
 * The proposal for the API, or every problem at once (checked with the API's rules). The time
 * is in `timeZone` (the organisation's) when it is known, so a time already past is refused here.
 */
export const proposalRequest = (
  patientId: string,
  choice: ProposalChoice,
  timeZone: string | undefined,
  now = new Date(),
): ProposalAnswer<ProposalBody> => {
  const { problems, time } = whenProblems(choice, timeZone, now);
  const note = choice.note.trim();
  if (note.length > 500) problems.note = 'Notes can be at most 500 characters.';
  if (choice.extras.length > maxExtras) problems.extras = `At most ${maxExtras} extra people.`;
  const extras = choice.extras.map((extra, index) => {
    const contact = contactOf(extra.contact);
    if ('problem' in contact) problems[`extras.${index}.contact`] = contact.problem;
    const name = extra.displayName.trim();
    if (name.length > 100 || /[<>{}\\]/.test(name)) {
      problems[`extras.${index}.displayName`] =
        'Names can be at most 100 characters, without <, >, {, } or \\.';
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
  now = new Date(),
): ProposalAnswer<RescheduleBody> => {
  const { problems, time } = whenProblems(choice, timeZone, now);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: { date: choice.date, time, ...(timeZone && { timeZone }), durationMinutes: choice.durationMinutes },
  };
};
