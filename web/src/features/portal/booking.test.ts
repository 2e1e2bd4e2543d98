import { expect, test } from 'vitest';
import { bookingRequest } from './booking.ts';

const today = '2026-04-14';
const choice = { from: '2026-04-15', to: '2026-04-20', partOfDay: 'morning' as const, note: '' };

test('a window of days, part of the day, the note and the missed call become the request', () => {
  expect(bookingRequest({ ...choice, note: '  After 10 please ' }, today, 'call-12345678')).toEqual({
    ok: true,
    body: {
      from: '2026-04-15',
      to: '2026-04-20',
      partOfDay: 'morning',
      note: 'After 10 please',
      missedCallId: 'call-12345678',
    },
  });
  expect(bookingRequest(choice, today)).toEqual({
    ok: true,
    body: { from: '2026-04-15', to: '2026-04-20', partOfDay: 'morning' },
  });
});

test('windows that cannot be booked say what to fix', () => {
  expect(bookingRequest({ ...choice, from: '' }, today)).toMatchObject({ ok: false, field: 'from' });
  expect(bookingRequest({ ...choice, from: '2026-04-13' }, today)).toMatchObject({
    ok: false,
    field: 'from',
  });
  expect(bookingRequest({ ...choice, to: '2026-04-14' }, today)).toMatchObject({ ok: false, field: 'to' });
  expect(bookingRequest({ ...choice, note: 'x'.repeat(501) }, today)).toMatchObject({
    ok: false,
    field: 'note',
  });
});

test('a day the calendar does not have, typed in the boxes, is told as such, not as missing', () => {
  expect(bookingRequest({ ...choice, from: '2026-04-31' }, today)).toEqual({ ok: false, field: 'from', problem: 'from-no-such-date' });
  expect(bookingRequest({ ...choice, to: '2026-4-' }, today)).toEqual({ ok: false, field: 'to', problem: 'to-no-such-date' });
  expect(bookingRequest({ ...choice, to: '' }, today)).toEqual({ ok: false, field: 'to', problem: 'to-missing' });
});
