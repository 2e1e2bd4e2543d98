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

// Rings are short here: a device must say it rings within 3 s, and an unanswered call stops after 6 s.
const ringCheckSeconds = 3;
const ringTimeoutSeconds = 6;

beforeAll(async () => {
  clinicall = await startClinicall({
    CLINICALL_RING_CHECK_SECONDS: String(ringCheckSeconds),
    CLINICALL_RING_TIMEOUT_SECONDS: String(ringTimeoutSeconds),
  });
  [clinicianBrowser, patientBrowser] = await Promise.all([openBrowser(), openBrowser({ phone: true })]);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

/** Call Patient from the patient row; the calling panel opens. */
const callPatient = async (clinician: Page) => {
  await clinician.getByRole('button', { name: 'Call Patient Alex Example' }).click();
  const panel = clinician.getByRole('dialog', { name: 'Call Alex Example' });
  await panel.waitFor();
  return panel;
};

const outcomeOf = (panel: ReturnType<Page['getByRole']>) => panel.getByTestId('call-outcome');
const ring = (patient: Page) => patient.getByRole('alertdialog', { name: 'Dr Sam Carter is calling' });
const missedCall = (patient: Page, reason: string) =>
  patient.getByTestId('missed-call').and(patient.locator(`[data-reason="${reason}"]`));

test('Call Patient: no network, accepted into the call, declined (→ Book Appointment), no answer', async () => {
  const start = Date.now();
  const clinician = await clinicianBrowser.newPage();
  const patient = await patientBrowser.newPage();
  await signInAsClinician(clinician, clinicall.url);

  // 1. No portal open anywhere: nothing acknowledges the ring → "No network detected".
  let panel = await callPatient(clinician);
  await panel.getByText('Calling Alex Example…').waitFor();
  await outcomeOf(panel)
    .filter({ hasText: 'No network detected' })
    .waitFor({ timeout: (ringCheckSeconds + 5) * 1000 });
  for (const next of ['Try again', 'Send a Consult Now link', 'Propose an appointment']) {
    await panel.getByRole('button', { name: next }).waitFor();
  }
  await panel.getByRole('button', { name: 'Close' }).click();
  console.log(`no network: ${since(start)}`);

  // The missed-call notice opens the portal; the missed call is there with its reason.
  await openFromOutbox(patient, clinicall.url, 'alex@example.org', /Missed video call/);
  await confirmDateOfBirth(patient);
  await missedCall(patient, 'no-network').getByText('No network detected').waitFor();
  await patient.getByText('Your clinic can video call you here while this page is open.').waitFor();

  // 2. The portal is open: it rings (full screen, the clinician's name); Accept → straight into the call.
  panel = await callPatient(clinician);
  await ring(patient).waitFor({ timeout: 10_000 });
  await panel.getByText("Ringing on Alex's device…").waitFor({ timeout: 5_000 });
  expect(['audible', 'needs-tap']).toContain(await ring(patient).getAttribute('data-ring'));
  await ring(patient).getByRole('button', { name: 'Accept' }).click();
  await waitForPath(clinician, /^\/call\//, 10_000);
  await waitForPath(patient, /^\/join$/, 10_000);
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  expect(await patient.getByText('You are in the waiting room').count()).toBe(0);
  console.log(`accepted, both in the call with live media: ${since(start)}`);

  await clinician.getByRole('button', { name: 'End call' }).click();
  await clinician.getByLabel('Consultation completed').check();
  await clinician
    .getByRole('group', { name: 'Did you have technical problems?' })
    .getByLabel('No', { exact: true })
    .check();
  await clinician.getByRole('button', { name: 'End consultation' }).click();
  await patient.getByRole('heading', { name: 'The consultation has ended' }).waitFor();
  await clinician.getByRole('row', { name: /Alex Example/ }).waitFor();

  // Once answered, back on the portal by itself (the remembered device needs no date of birth), so the next call can ring.
  await patient.getByRole('group', { name: 'Did you have technical problems?' }).getByRole('button', { name: 'No', exact: true }).click();
  await patient.getByText('Your clinic can video call you here while this page is open.').waitFor();
  expect(new URL(patient.url()).pathname).toBe('/portal');

  // 3. Rejected: the clinician sees "Call declined" with the next actions; the patient, a missed call.
  panel = await callPatient(clinician);
  await ring(patient).getByRole('button', { name: 'Reject' }).click();
  await ring(patient).waitFor({ state: 'detached' });
  await outcomeOf(panel).filter({ hasText: 'Call declined' }).waitFor({ timeout: 10_000 });
  await panel.getByRole('button', { name: 'Send a Consult Now link' }).click();
  const consultNow = clinician.getByRole('dialog', { name: 'Consult Now with Alex Example' });
  await consultNow.getByRole('button', { name: 'Cancel' }).click();
  console.log(`declined, seen by the clinician: ${since(start)}`);

  const declined = missedCall(patient, 'declined');
  // Their own words: they declined it themselves, and may book instead.
  await declined.getByText('You declined this call').waitFor({ timeout: 10_000 });
  await declined.getByText('Dr Sam Carter called you').waitFor();
  await declined.getByRole('link', { name: 'Book an appointment' }).click();
  await patient.getByRole('heading', { name: 'Book an appointment' }).waitFor();
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  // The days are typed as the page writes dates, whatever the browser's own format.
  await patient.getByRole('group', { name: 'From', exact: true }).getByText('For example').waitFor();
  await typeDate(patient.getByRole('group', { name: 'To', exact: true }), inAWeek);
  await patient.getByLabel('Morning').check();
  await patient.getByLabel('Anything your clinic should know? (optional)').fill('Sorry, I was driving');
  await patient.getByRole('button', { name: 'Send request' }).click();
  await patient.getByRole('heading', { name: 'Request sent' }).waitFor();

  // The request is on the care team's list, in real time, with a way to propose a time.
  const request = clinician.getByTestId('appointment-request').filter({ hasText: 'Alex Example' });
  await request.waitFor({ timeout: 10_000 });
  expect(await request.textContent()).toContain('after a missed call');
  expect(await request.textContent()).toContain('Sorry, I was driving');
  await request.getByRole('button', { name: 'Propose appointment to Alex Example' }).waitFor();
  console.log(`missed call → Book Appointment → request on the clinician's list: ${since(start)}`);

  // 4. Nobody answers: after the ring timeout, "No answer" for the clinician; the ringing stops.
  await patient.getByRole('link', { name: 'Back to your appointments' }).click();
  await declined.getByText('You asked for an appointment').waitFor();
  panel = await callPatient(clinician);
  await ring(patient).waitFor({ timeout: 10_000 });
  const rang = Date.now();
  await outcomeOf(panel)
    .filter({ hasText: 'No answer' })
    .waitFor({ timeout: (ringTimeoutSeconds + 5) * 1000 });
  await ring(patient).waitFor({ state: 'detached', timeout: 5_000 });
  expect(Date.now() - rang).toBeGreaterThan((ringTimeoutSeconds - ringCheckSeconds) * 1000 - 1500);
  await missedCall(patient, 'no-answer').getByText('No answer').waitFor({ timeout: 10_000 });
  console.log(`no answer: ${since(start)}`);
});
