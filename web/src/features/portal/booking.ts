import type { BookingRequest } from '../../api/portal.ts';
import { isRealDate } from '../../ui/date-parts.ts';

export interface BookingChoice {
  readonly from: string;
  readonly to: string;
  readonly partOfDay: BookingRequest['partOfDay'];
  readonly note: string;
}

/** What to fix; the words are the `portal` catalog's `booking.problems`. */
export type BookingProblem =
  | 'from-missing'
  | 'from-no-such-date'
  | 'from-past'
  | 'to-missing'
  | 'to-no-such-date'
  | 'to-before-from'
  | 'note-too-long';

export type BookingAnswer =
  | { readonly ok: true; readonly body: BookingRequest }
  | { readonly ok: false; readonly field: 'from' | 'to' | 'note'; readonly problem: BookingProblem };


/** The request for the API, or what to fix first, checked with the API's own rules. */
export const bookingRequest = (
  choice: BookingChoice,
  today: string,
  missedCallId?: string,
): BookingAnswer => {
  if (!choice.from) return { ok: false, field: 'from', problem: 'from-missing' };
  if (!isRealDate(choice.from)) return { ok: false, field: 'from', problem: 'from-no-such-date' };
  if (choice.from < today) return { ok: false, field: 'from', problem: 'from-past' };
  if (!choice.to) return { ok: false, field: 'to', problem: 'to-missing' };
  if (!isRealDate(choice.to)) return { ok: false, field: 'to', problem: 'to-no-such-date' };
  if (choice.to < choice.from) return { ok: false, field: 'to', problem: 'to-before-from' };
  const note = choice.note.trim();
  if (note.length > 500) return { ok: false, field: 'note', problem: 'note-too-long' };
  return {
    ok: true,
    body: {
      from: choice.from,
      to: choice.to,
      partOfDay: choice.partOfDay,
      ...(note && { note }),
      ...(missedCallId && { missedCallId }),
    },
  };
};

/** Today in this browser's zone, as YYYY-MM-DD. */
export const localToday = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
