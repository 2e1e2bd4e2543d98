import type { BookingRequest } from '../../api/portal.ts';

export interface BookingChoice {
  readonly from: string;
  readonly to: string;
  readonly partOfDay: BookingRequest['partOfDay'];
  readonly note: string;
}

export type BookingAnswer =
  | { readonly ok: true; readonly body: BookingRequest }
  | { readonly ok: false; readonly field: 'from' | 'to' | 'note'; readonly problem: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The request for the API, or what to fix first, checked with the API's own rules. */
export const bookingRequest = (
  choice: BookingChoice,
  today: string,
  missedCallId?: string,
): BookingAnswer => {
  if (!isoDate.test(choice.from))
    return { ok: false, field: 'from', problem: 'Choose the first day that suits you.' };
  if (choice.from < today) return { ok: false, field: 'from', problem: 'Choose today or a later day.' };
  if (!isoDate.test(choice.to))
    return { ok: false, field: 'to', problem: 'Choose the last day that suits you.' };
  if (choice.to < choice.from)
    return { ok: false, field: 'to', problem: 'The last day cannot be before the first.' };
  const note = choice.note.trim();
  if (note.length > 500) return { ok: false, field: 'note', problem: 'Use at most 500 characters.' };
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
