import { operations } from '@clinicall/shared';
import type { Clock } from '#ports';
import { newPortalUrl } from '#use-cases/portal-session';
import type { EventOptions, TestApi } from './api.ts';

/** Test support for appointments, direct calls and the portal. */

/** A clock the test moves by hand: timers are run by calling the timer task at the right moment. */
export const handClock = (start: string) => {
  let now = Date.parse(start);
  const clock: Clock = { now: () => new Date(now) };
  return {
    clock,
    set: (instant: string | Date) => {
      now = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
};


/** The token of a `/join#…` or `/portal#…` link in a message (`/join?lng=sv#…` in another language). */
export const tokenIn = (body: string, kind: 'join' | 'portal'): string | undefined =>
  new RegExp(`/${kind}(?:\\?lng=[a-z]{2})?#([A-Za-z0-9_-]+)`).exec(body)?.[1];

export const bearer = (session: string): EventOptions => ({ headers: { authorization: `Bearer ${session}` } });

type Json = Record<string, unknown>;
export const json = (response: { json: unknown }) => response.json as Json;

/** A patient signed in to the portal from a fresh link, as if from a message. */
export const portalSession = async (api: TestApi, patientId: string, dateOfBirth: string): Promise<string> => {
  const token = tokenIn(await newPortalUrl(api.deps, patientId), 'portal')!;
  const signedIn = await api.call(operations.portalSignIn, { json: { token, dateOfBirth } });
  if (signedIn.status !== 200) throw new Error(`portal sign-in failed: ${signedIn.text}`);
  return json(signedIn).session as string;
};

/** A patient on record, through the API. */
export const addPatient = async (api: TestApi, claims: EventOptions['claims'], details: Json): Promise<string> => {
  const created = await api.call(operations.createPatient, { claims, json: details });
  if (created.status !== 201) throw new Error(`patient not added: ${created.text}`);
  return json(created).id as string;
};
