import { DomainError, type Language, maxVerificationAttempts, type Staff } from '@clinicall/shared';
import type { Dependencies, PortalLink } from '#ports';
import type { PortalSession } from '../http/route.ts';
import { siteLink } from '../messages/index.ts';
import { hashSecret, parsePortalSessionToken, portalSessionToken, sameHash } from '../secrets.ts';
import { patientTopic } from './announce.ts';
import { requireGroup } from './staff-access.ts';

/** A portal link in a message works for this long, as often as the patient likes. */
export const portalLinkDays = 30;
/** Without "remember this device", a portal session lasts the working day. */
const unrememberedHours = 12;
const day = 86_400_000;

/**
 * A new link into the patient's portal, for a message: the token is made here, stored only as
 * its hash and forgotten. `${siteUrl}/portal#<token>`: in the fragment, it never reaches a log.
 * The portal opens in `language` (the patient's).
 */
export const newPortalUrl = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings'>,
  patientId: string,
  language: Language = deps.settings.defaultLanguage,
): Promise<string> => {
  const token = deps.ids.token();
  const expiresAt = new Date(deps.clock.now().getTime() + portalLinkDays * day).toISOString();
  await deps.store.portal.addLink(hashSecret(token), { patientId, expiresAt, attempts: 0 });
  return siteLink(deps.settings, 'portal', token, language);
};

const invalid = () => new DomainError('link-invalid', 'This link is not valid. Check the message and try again.');
const expired = () => new DomainError('link-expired', 'This link has expired. Open the newest message from your clinic.');
const locked = () =>
  new DomainError('link-locked', 'This link is locked after too many attempts. Open another message from your clinic, or call them.');

/** Why a link gave no attempt: expired if its time is up, otherwise its attempts are used. */
const refusalOf = (link: PortalLink, now: Date) =>
  link.attempts < maxVerificationAttempts && Date.parse(link.expiresAt) <= now.getTime() ? expired() : locked();

/**
 * POST /api/portal/sign-in: the date of birth proves the link's holder is the patient, and this
 * device is remembered. Every wrong date does the same work and answers alike; the fifth locks
 * the link (410), whatever the reason it was wrong.
 *
 * The attempt rule, for a link used many times: each check takes an attempt in one conditional
 * write BEFORE the date is compared, so no more than five dates are ever compared, however many
 * arrive at once. A wrong date keeps its attempt: five wrong dates over the link's life lock it.
 * A right date gives its attempt back, on condition that its attempt is still counted and the
 * link still in time, so signing in again and again never uses the link up. A right check holds
 * one of the five while it runs: five wrong dates can never be counted before a right one wins.
 */
export const signInToPortal = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings'>,
  request: { token: string; dateOfBirth: string; rememberDevice: boolean },
): Promise<{ session: string; expiresAt: string }> => {
  const { store, clock } = deps;
  const tokenHash = hashSecret(request.token);
  const link = await store.portal.findLink(tokenHash);
  if (!link) throw invalid();
  const now = clock.now();
  const attempt = await store.portal.reserveAttempt(tokenHash, now, maxVerificationAttempts);
  if (attempt === undefined) throw refusalOf(link, now);
  const patient = await store.patients.get(link.patientId);
  // A patient removed from the directory cannot be checked: nobody may use the link.
  if (!patient) throw invalid();
  if (!sameHash(hashSecret(request.dateOfBirth), hashSecret(patient.dateOfBirth))) {
    const attemptsLeft = maxVerificationAttempts - attempt;
    if (attemptsLeft === 0) throw locked();
    throw new DomainError('verification-failed', 'Those details do not match our records. Check the date of birth and try again.', {
      attemptsLeft,
    });
  }
  if (!(await store.portal.returnAttempt(tokenHash, clock.now(), maxVerificationAttempts))) throw refusalOf(link, clock.now());
  const secret = deps.ids.token();
  const deviceId = deps.ids.id();
  const lasts = request.rememberDevice ? deps.settings.portalSessionDays * day : unrememberedHours * 3_600_000;
  const expiresAt = new Date(now.getTime() + lasts).toISOString();
  await store.portal.addDevice({
    patientId: patient.id,
    deviceId,
    sessionHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { session: portalSessionToken(patient.id, deviceId, secret), expiresAt };
};

/** The portal session a bearer token proves: one GetItem, a constant-time comparison and the expiry. */
export const authenticatePortalSession = async (
  deps: Pick<Dependencies, 'store' | 'clock'>,
  bearer: string,
): Promise<PortalSession | undefined> => {
  const parsed = parsePortalSessionToken(bearer);
  if (!parsed) return undefined;
  const device = await deps.store.portal.getDevice(parsed.patientId, parsed.deviceId);
  if (!device) return undefined;
  if (!sameHash(hashSecret(parsed.secret), device.sessionHash)) return undefined;
  if (Date.parse(device.expiresAt) <= deps.clock.now().getTime()) return undefined;
  return { patientId: device.patientId, deviceId: device.deviceId };
};

/** "Forget this device". */
export const signOutOfPortal = async (deps: Pick<Dependencies, 'store'>, session: PortalSession) => {
  await deps.store.portal.removeDevice(session.patientId, session.deviceId);
  return { ok: true as const };
};

/**
 * The organisation signs the patient out everywhere (a lost phone, a shared device): every
 * remembered device is forgotten and open portals stop hearing of calls.
 */
export const revokePortalSessions = async (deps: Pick<Dependencies, 'store'>, staff: Staff, patientId: string) => {
  requireGroup(staff, 'clinician', 'admin');
  if (!(await deps.store.patients.get(patientId))) throw new DomainError('not-found', 'There is no patient with that id.');
  const revoked = await deps.store.portal.removeDevices(patientId);
  for (const { connectionId } of await deps.store.access.connectionsOf(patientTopic(patientId))) {
    await deps.store.access.removeConnection(connectionId);
  }
  return { revoked };
};
