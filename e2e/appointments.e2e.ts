import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { confirmDateOfBirth, openFromOutbox, signInAsClinician, since } from './support/care.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { waitForPath } from './support/navigation.ts';
import { typeDate } from './support/dates.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;

beforeAll(async () => {
  clinicall = await startClinicall({ CLINICALL_TIME_ZONE: 'Europe/London' });
  // The patient is abroad: Stockholm's clocks are always an hour ahead of London's.
  [clinicianBrowser, patientBrowser] = await Promise.all([
    openBrowser(),
    openBrowser({ timezoneId: 'Europe/Stockholm', phone: true }),
  ]);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

/** From the patient row: Propose appointment at `time` (London), tomorrow unless `date` says, 30 minutes. */
const propose = async (
  clinician: Page,
  time: string,
  { note, date }: { note?: string; date?: string } = {},
) => {
  await clinician.getByRole('button', { name: 'Propose appointment to Alex Example' }).click();
  const dialog = clinician.getByRole('dialog', { name: 'Propose an appointment to Alex Example' });
  if (date) await typeDate(dialog.getByRole('group', { name: 'Date', exact: true }), date);
  await dialog.getByLabel('Time (24-hour clock)').fill(time);
  // The form says what the time means: the organisation's clock.
  await dialog
    .getByTestId('when-preview')
    .filter({ hasText: `${time} London time` })
    .waitFor();
  if (note) await dialog.getByLabel('Note for the patient (optional)').fill(note);
  await dialog.getByRole('button', { name: 'Propose appointment' }).click();
  await clinician.getByText('Appointment proposed to Alex Example.').waitFor();
};

const upcoming = (clinician: Page, status: string) =>
  clinician
    .getByTestId('upcoming-appointment')
    .and(clinician.locator(`[data-status="${status}"]`))
    .filter({ hasText: 'Alex Example' });

test('propose → the patient accepts in the portal → scheduled on both sides; declined → proposed again', async () => {
  const start = Date.now();
  const clinician = await clinicianBrowser.newPage();
  const patient = await patientBrowser.newPage();
  await signInAsClinician(clinician, clinicall.url);

  await propose(clinician, '10:30', { note: 'Bring your blood pressure readings' });
  await upcoming(clinician, 'proposed').waitFor();
  console.log(`proposed: ${since(start)}`);

  // The patient opens the portal link from the proposal email and confirms their date of birth.
  await openFromOutbox(patient, clinicall.url, 'alex@example.org', /proposes a video appointment/);
  await patient.getByLabel('Day', { exact: true }).waitFor();
  expect(new URL(patient.url()).pathname).toBe('/portal');
  expect(new URL(patient.url()).hash).toBe(''); // the token left the address bar at once
  // Not remembered unless the patient asks (a shared phone must not stay signed in).
  expect(await patient.getByLabel('Remember this device for 30 days').isChecked()).toBe(false);
  await confirmDateOfBirth(patient);
  // A remembered device keeps its session beyond the tab.
  expect(await patient.evaluate(() => localStorage.getItem('clinicall.portal'))).toContain('session');

  // The to-do: in the patient's own time, the clinic's in brackets; length, clinician, note.
  const proposal = patient.getByTestId('proposal').first();
  await proposal.getByText('11:30').waitFor();
  expect(await proposal.textContent()).toContain('(10:30 London time)');
  expect(await proposal.textContent()).toContain('30 minutes with Dr Sam Carter');
  expect(await proposal.textContent()).toContain('Bring your blood pressure readings');
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await patient.getByText('Appointment accepted.').waitFor();
  await patient
    .getByTestId('appointment')
    .and(patient.locator('[data-status="scheduled"]'))
    .getByText('Booked')
    .waitFor();
  expect(await patient.getByTestId('proposal').count()).toBe(0);

  // The clinician's list shows it scheduled, in real time.
  await upcoming(clinician, 'scheduled').waitFor({ timeout: 10_000 });
  // Its consultation is tomorrow's: listed under the appointment's time, not as a call open now.
  const card = clinician.getByTestId('open-consultation').filter({ hasText: 'Alex Example' });
  await card.getByTestId('opens-at').waitFor({ timeout: 10_000 });
  expect(await card.getByText('Join call').count()).toBe(0);
  expect(await card.textContent()).not.toContain('started');
  console.log(`accepted, scheduled on both sides: ${since(start)}`);

  // Another proposal reaches the open portal live; the patient declines it, saying why.
  await propose(clinician, '15:00');
  const second = patient.getByTestId('proposal').filter({ hasText: '16:00' });
  await second.waitFor({ timeout: 10_000 });
  await second.getByRole('button', { name: 'Decline' }).click();
  await second
    .getByLabel('Why does this time not suit you? (optional)')
    .fill('I am at work in the afternoon');
  await second.getByLabel('Which times would suit you? (optional)').fill('Mornings before 10');
  await second.getByRole('button', { name: 'Decline appointment' }).click();
  await patient.getByText('Declined.').waitFor();

  // The care team sees the rejection, with the reason and the preferred times, and proposes again.
  const rejected = clinician.getByTestId('needs-action').filter({ hasText: 'Alex Example' });
  await rejected.waitFor({ timeout: 10_000 });
  expect(await rejected.getByTestId('rejection-reason').textContent()).toContain(
    'I am at work in the afternoon',
  );
  expect(await rejected.getByTestId('preferred-times').textContent()).toContain('Mornings before 10');
  console.log(`declined, seen by the care team: ${since(start)}`);

  await rejected.getByRole('button', { name: 'Propose another time to Alex Example' }).click();
  const again = clinician.getByRole('dialog', { name: 'Propose another time to Alex Example' });
  expect(await again.getByTestId('rejection').textContent()).toContain('Mornings before 10');
  await again.getByLabel('Time (24-hour clock)').fill('09:15');
  await again.getByRole('button', { name: 'Propose new time' }).click();
  await clinician.getByText('New time proposed to Alex Example.').waitFor();
  await clinician.getByTestId('needs-action').waitFor({ state: 'detached', timeout: 10_000 });
  await upcoming(clinician, 'proposed').filter({ hasText: '09:15 London time' }).waitFor();

  // The patient's to-do has the new time (10:15 in Stockholm).
  const rescheduled = patient.getByTestId('proposal').filter({ hasText: '10:15' });
  await rescheduled.waitFor({ timeout: 10_000 });
  expect(await rescheduled.textContent()).toContain('(09:15 London time)');
  console.log(`proposed again, seen by the patient: ${since(start)}`);
});

/** The wall clock in London `minutes` from now: date and HH:MM. */
const londonIn = (minutes: number) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
};

test('at the time: Join from the portal (a remembered device) → device check → waiting room → admitted', async () => {
  const start = Date.now();
  const clinician = await clinicianBrowser.newPage();
  await signInAsClinician(clinician, clinicall.url);
  const soon = londonIn(10);
  await propose(clinician, soon.time, { date: soon.date });

  // A new tab on the remembered device: the portal opens without the date of birth.
  const patient = await patientBrowser.newPage();
  await patient.goto(`${clinicall.url}/portal`);
  await patient.getByRole('heading', { name: 'Hello, Alex' }).waitFor();
  // Near midnight the patient's date differs from London's, and the brackets carry the date too.
  const proposal = patient.getByTestId('proposal').filter({ hasText: `${soon.time} London time)` });
  await proposal.waitFor();
  const id = await proposal.getAttribute('data-appointment-id');
  await proposal.getByRole('button', { name: 'Accept' }).click();

  // Within 30 minutes of the start, Join leads to the device check and the waiting room.
  const booked = patient.locator(`[data-testid="appointment"][data-appointment-id="${id}"]`);
  await booked.getByRole('button', { name: 'Join' }).click();
  await waitForPath(patient, /^\/join$/);
  await patient.getByRole('heading', { name: 'Check your camera and sound' }).waitFor();
  await patient.getByRole('button', { name: 'Continue to the waiting room' }).click();
  await patient.getByText('Waiting for Dr Sam Carter. They know you are here.').waitFor();
  console.log(`joined the waiting room from the portal: ${since(start)}`);

  // The clinician sees them waiting and lets them in.
  const waiting = clinician
    .getByTestId('open-consultation')
    .filter({ hasText: 'Alex Example' })
    .getByTestId('participant')
    .and(clinician.locator('[data-state="waiting"]'));
  await waiting.waitFor({ timeout: 10_000 });
  await waiting.getByRole('button', { name: 'Admit' }).click();
  await waitForPath(clinician, /^\/call\//);
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  console.log(`admitted, in the call: ${since(start)}`);
});
