import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserWithCamera, personIn } from './support/browser.ts';
import { type GroupCall, holdSession, seedGroupCall } from './support/group-call.ts';
import { since } from './support/care.ts';
import { signIn } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { writeSmallCamera } from './support/small-camera.ts';
import { instrument } from './support/rtc-probe.ts';

const roomFull = 'On this machine a room holds 6 people with camera and microphone; deployed on AWS it holds 60.';
const host = 'Dr Sam Carter';
/** Four guests with a browser each, one who takes the room's sixth place without one, one told the room is full. */
const names = ['Ada One', 'Ben Two', 'Cai Three', 'Dee Four', 'Eve Five', 'Fin Six'];

let clinicall: RunningClinicall;
let browser: Browser;
let group: GroupCall;

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'clinicall-e2e-'));
  const camera = join(dataDir, 'camera.y4m');
  await writeSmallCamera(camera);
  group = await seedGroupCall(dataDir, names);
  [clinicall, browser] = await Promise.all([startClinicall({}, dataDir), openBrowserWithCamera(camera)]);
});

afterAll(async () => {
  await browser?.close();
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

/** The tile of one person on someone's page. */
const tileOf = (page: Page, name: string) => page.getByTestId('remote-tile').filter({ hasText: name });

/** Five pages on a shared machine of two cores: each step may take its time. */
const patient = { patience: 30_000 };

const pageOf = async (guest?: (typeof group.guests)[number]) => {
  const context = await personIn(browser);
  context.setDefaultTimeout(120_000);
  await instrument(context, { steady: true });
  if (guest) await holdSession(context, group.consultationId, guest);
  return context.newPage();
};

const guestJoins = async (index: number): Promise<Page> => {
  const page = await pageOf(group.guests[index]);
  await page.goto(`${clinicall.url}/join`);
  return page;
};

test('five people in one local room see and hear each other; once its six places are taken, the next is told it is full', async () => {
  const start = Date.now();
  const clinician = await pageOf();
  await signIn(clinician, clinicall.url);
  await clinician.goto(`${clinicall.url}/call/${group.consultationId}`);
  await clinician.getByTestId('self-video').waitFor();
  const people: (readonly [Page, string])[] = [[clinician, host]];
  for (let i = 0; i < 4; i++) {
    const guest = await guestJoins(i);
    await guest.getByTestId('self-video').waitFor();
    people.push([guest, names[i]!]);
  }
  console.log('five in the call', since(start));

  // On every page, every other person's tile has a moving picture and a live voice.
  for (const [page, own] of people) {
    for (const [, name] of people) {
      if (name !== own) await expectLiveRemoteMedia(tileOf(page, name).getByTestId('remote-video'), expect, patient);
    }
  }
  console.log('five see and hear each other', since(start));

  // The sixth place goes to Eve, asking for the room's media as her browser would.
  const eve = group.guests[4]!;
  const place = await fetch(`${clinicall.url}/api/consultations/${group.consultationId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${eve.session}` },
  });
  expect(place.status).toBe(200);

  // Fin is in the call (admission has no such cap) but gets no place in the room's media.
  const fin = await guestJoins(5);
  await fin.getByRole('heading', { name: 'The call could not start' }).waitFor();
  await fin.getByText(roomFull).waitFor();
  const refused = await fetch(`${clinicall.url}/api/consultations/${group.consultationId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${group.guests[5]!.session}` },
  });
  expect(refused.status).toBe(409);
  expect(await refused.json()).toMatchObject({ error: 'room-full', message: roomFull });

  // The clinician's page of tiles shows everyone let into the call, from the server's list: the
  // four with media, and Eve and Fin without it. One page.
  const tiles = clinician.getByTestId('call-tiles');
  for (const name of names) await tileOf(clinician, name).waitFor();
  expect(await tiles.getAttribute('data-pages')).toBe('1');
  await expect.poll(() => tileOf(clinician, 'Fin Six').getByTestId('tile-status').textContent()).toBe('Connecting…');
  console.log('done', since(start));
}, 600_000);
