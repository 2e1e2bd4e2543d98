/** Appointments are booked at most two years ahead: a later date is a slip of the keyboard. */
export const bookingYearsAhead = 2;
/** The last day (YYYY-MM-DD) an appointment or a request may fall on, from today's date. */
export const lastBookableDate = (today: string): string =>
  `${String(Number(today.slice(0, 4)) + bookingYearsAhead).padStart(4, '0')}${today.slice(4)}`;

/** How long an appointment may be booked for, in minutes: what the API accepts and the console offers. */
export const appointmentMinutes = { shortest: 5, longest: 240 } as const;

/** An appointment's waiting room (its links, the portal's Join, the clinician's call) opens this long before it starts. */
export const joinWindowMinutes = 30;
