import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { counterPolling, inbound, instrument, movement } from './support/rtc-probe.ts';

let clinicall: RunningClinicall;
let browsers: BrowserContext[];
let admin: Page;
let member: Page;
let guest: Page;
let guestLink = '';

const warning = 'not for clinical use';
const noStaff = 'Nobody from the organisation is in the room yet.';

beforeAll(async () => {
  clinicall = await startClinicall();
  // The guest on a phone, as a guest sent a link often is.
  const [forAdmin, forMember, forGuest] = await Promise.all([openBrowser(), openBrowser(), openBrowser({ phone: true })]);
  browsers = [forAdmin, forMember, forGuest];
  await Promise.all(browsers.map((browser) => instrument(browser)));
  [admin, member, guest] = await Promise.all([forAdmin.newPage(), forMember.newPage(), forGuest.newPage()]);
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const signInAs = async (page: Page, email: string) => {
  await page.goto(`${clinicall.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('clinicall');
  await page.getByRole('button', { name: 'Sign in' }).click();
};

test('an administrator creates a room for the demo member, warned that it is not for clinical use', async () => {
  await signInAs(admin, 'admin@example.org');
  const rooms = admin.getByRole('region', { name: 'Meeting rooms' });
  await rooms.getByRole('button', { name: 'New meeting room' }).click();
  expect(await rooms.getByTestId('not-clinical').textContent()).toContain(warning);
  await rooms.getByLabel('Name').fill('Ward 5 huddle');
  await rooms.getByRole('checkbox', { name: /Kim Member/ }).check();
  await rooms.getByRole('button', { name: 'Create room' }).click();
  await rooms.getByTestId('admin-room').filter({ hasText: 'Ward 5 huddle' }).getByText('Members: Kim Member').waitFor();
  // The administrator's console: the staff by role and the settings, and no clinical actions.
  await admin.getByTestId('staff-meeting-room-member').getByText(/Kim Member/).waitFor();
  await admin.getByRole('region', { name: 'Settings' }).getByText('5 minutes').waitFor();
  expect(await admin.getByRole('button', { name: 'Consult Now' }).count()).toBe(0);
  expect(await admin.getByText('Only clinician staff can do this').count()).toBe(0);
});

test('the member shares the room’s link, warned, and enters with one click', async () => {
  await signInAs(member, 'member@example.org');
  const room = member.getByTestId('meeting-room').filter({ hasText: 'Ward 5 huddle' });
  await room.getByRole('button', { name: 'Invite a guest' }).click();
  const dialog = member.getByRole('dialog', { name: /Invite a guest/ });
  expect(await dialog.getByTestId('not-clinical').textContent()).toContain(warning);
  await dialog.getByRole('button', { name: 'Show the link' }).click();
  guestLink = await dialog.getByLabel('Link to the room').inputValue();
  expect(guestLink).toMatch(/\/join#[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await room.getByRole('button', { name: 'Enter' }).click();
  await member.getByRole('main', { name: 'Video call' }).waitFor();
  expect(await member.getByTestId('not-clinical').textContent()).toContain(warning);
  await member.getByText('Nobody else is in the room yet.').waitFor();
});

test('a guest opens the link, gives a name, checks their devices and is in the room: both see and hear each other', async () => {
  await guest.goto(guestLink);
  await guest.getByRole('heading', { name: 'You are joining the meeting room “Ward 5 huddle”' }).waitFor();
  expect(await guest.getByTestId('not-clinical').textContent()).toContain(warning);
  await guest.getByLabel('Your name').fill('Gail Guest');
  await guest.getByRole('button', { name: 'Continue' }).click();
  await guest.getByRole('button', { name: 'Enter the room' }).click();
  await guest.getByRole('main', { name: 'Video call' }).waitFor();
  expect(await guest.getByTestId('not-clinical').textContent()).toContain(warning);
  await expectLiveRemoteMedia(member.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(guest.getByTestId('remote-video').first(), expect);
  for (const page of [member, guest]) {
    const sound = async () => (await inbound(page))[0]?.audioBytes ?? 0;
    await expect.poll(movement(sound), { ...counterPolling, timeout: 15_000 }).toBe(true);
  }
  await member.getByTestId('remote-tile').filter({ hasText: 'Gail Guest' }).waitFor();
  // On a phone the names are at the top of the pictures: the warning is above them, not over the member's name.
  const banner = (await guest.getByTestId('not-clinical').boundingBox())!;
  const name = (await guest.getByTestId('remote-tile').filter({ hasText: 'Kim Member' }).locator('.video-tile__label').boundingBox())!;
  expect(banner.y + banner.height).toBeLessThanOrEqual(name.y);
  // The member is from the organisation, as the server told the guest when they came in: never that nobody is there.
  expect(await guest.getByText(noStaff, { exact: false }).count()).toBe(0);
});

test('the member leaves: the server tells the guest nobody from the organisation is there; the member comes back and it goes', async () => {
  // Leaving the page tells the server, as closing it would.
  await member.goto(`${clinicall.url}/`);
  await guest.getByText(noStaff, { exact: false }).waitFor({ timeout: 15_000 });
  const room = member.getByTestId('meeting-room').filter({ hasText: 'Ward 5 huddle' });
  await room.getByRole('button', { name: 'Enter' }).click();
  await member.getByRole('main', { name: 'Video call' }).waitFor();
  await expect.poll(() => guest.getByText(noStaff, { exact: false }).count(), { timeout: 15_000 }).toBe(0);
  await member.getByTestId('remote-tile').filter({ hasText: 'Gail Guest' }).waitFor();
});

test('the member presses Leave: the guest hears nobody from the organisation is there; Rejoin brings the member back', async () => {
  const controls = member.getByRole('toolbar', { name: 'Call controls' });
  await controls.getByRole('button', { name: 'Leave call', exact: true }).click();
  await member.getByRole('dialog', { name: 'Leave the call?' }).getByRole('button', { name: 'Leave', exact: true }).click();
  await member.getByRole('heading', { name: 'You left the call' }).waitFor();
  await guest.getByText(noStaff, { exact: false }).waitFor({ timeout: 15_000 });
  await member.getByRole('button', { name: 'Rejoin the call' }).click();
  await expect.poll(() => guest.getByText(noStaff, { exact: false }).count(), { timeout: 15_000 }).toBe(0);
  await member.getByTestId('remote-tile').filter({ hasText: 'Gail Guest' }).waitFor();
});
