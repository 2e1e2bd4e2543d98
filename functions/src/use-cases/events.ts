import { ClientMessage, DomainError, isConsultationOver, tokenPattern } from '@clinicall/shared';
import type { Dependencies, Subscription } from '#ports';
import { inTheRoom, roomOf } from '../consultation/breakout.ts';
import { inTheCall, moderatorOf } from '../consultation/record.ts';
import type { Caller } from '../http/route.ts';
import { hashSecret } from '../secrets.ts';
import { consultationTopic, patientTopic, staffTopic } from './announce.ts';
import { forgetSender, senderOf } from './signal-senders.ts';

const ticketSeconds = 60;

/**
 * A single-use ticket to open the events socket, so no bearer token ever sits in a URL.
 * Staff hear all their consultations, or one consultation (to signal in its call); a patient's
 * portal hears their calls and appointments.
 */
export const issueEventTicket = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock'>,
  caller: Caller,
  consultationId?: string,
): Promise<{ ticket: string; expiresAt: string }> => {
  let subscription: Subscription;
  if (caller.kind === 'staff') {
    if (consultationId) {
      const record = await deps.store.consultations.get(consultationId);
      const host = record && moderatorOf(record, caller.staff.id);
      if (!host) throw new DomainError('not-found', 'There is no such consultation.');
      subscription = { topic: consultationTopic(consultationId), peerId: host.id, consultationId, staff: true };
    } else {
      subscription = { topic: staffTopic(caller.staff.id), peerId: caller.staff.id };
    }
  } else if (caller.kind === 'participant') {
    if (consultationId && consultationId !== caller.session.consultationId) {
      throw new DomainError('forbidden', 'That is not your consultation.');
    }
    const id = caller.session.consultationId;
    const record = await deps.store.consultations.getForPerson(id, caller.session.participantId);
    if (!record || isConsultationOver(record.status)) {
      throw new DomainError('consultation-ended', 'This consultation has ended.');
    }
    subscription = { topic: consultationTopic(id), peerId: caller.session.participantId, consultationId: id };
  } else if (caller.kind === 'patient') {
    // The portal hears incoming calls and changes to the patient's appointments.
    if (consultationId) throw new DomainError('forbidden', 'The portal listens to its own events only.');
    subscription = { topic: patientTopic(caller.portal.patientId), peerId: caller.portal.patientId };
  } else {
    throw new DomainError('unauthorized', 'Sign in again: your session is missing or has expired.');
  }
  const ticket = deps.ids.token();
  const expiresAt = new Date(deps.clock.now().getTime() + ticketSeconds * 1000);
  await deps.store.access.addTicket(hashSecret(ticket), subscription, expiresAt);
  return { ticket, expiresAt: expiresAt.toISOString() };
};

/** $connect: the ticket is spent; the connection is remembered under its topic. */
export const connectEvents = async (
  deps: Pick<Dependencies, 'store' | 'clock'>,
  connectionId: string,
  ticket: string | undefined,
): Promise<boolean> => {
  if (!ticket || !tokenPattern.test(ticket)) return false;
  const subscription = await deps.store.access.takeTicket(hashSecret(ticket), deps.clock.now());
  if (!subscription) return false;
  await deps.store.access.addConnection(connectionId, subscription, deps.clock.now());
  return true;
};

export const disconnectEvents = (deps: Pick<Dependencies, 'store'>, connectionId: string) => {
  forgetSender(deps.store.access, connectionId);
  return deps.store.access.removeConnection(connectionId);
};

/**
 * A signalling message to one peer of the sender's consultation, or to all of them ('*').
 * Only the people in the call (the host and those admitted) signal, and only to one another in
 * the same room: someone still waiting can neither reach the call's media nor be reached by it,
 * and a breakout room's browsers connect among themselves only.
 */
export const relaySignal = async (
  deps: Pick<Dependencies, 'store' | 'events'>,
  connectionId: string,
  raw: unknown,
  post: (connectionId: string, data: string) => Promise<void>,
): Promise<void> => {
  const message = ClientMessage.safeParse(raw);
  if (!message.success) return;
  const sender = await senderOf(deps.store.access, connectionId);
  if (!sender?.consultationId) return;
  const [record, peers] = await Promise.all([
    deps.store.consultations.get(sender.consultationId),
    deps.store.access.connectionsOf(consultationTopic(sender.consultationId)),
  ]);
  const call = record ? inTheCall(record) : new Set<string>();
  if (!record || !call.has(sender.peerId)) return;
  const room = new Set(inTheRoom(record, roomOf(record.participants[sender.peerId]!)));
  const event = JSON.stringify({
    type: 'signal',
    consultationId: sender.consultationId,
    from: sender.peerId,
    data: message.data.data,
  });
  await Promise.all(
    peers
      .filter(({ connectionId: id, subscription }) =>
        id !== connectionId &&
        room.has(subscription.peerId) &&
        (message.data.to === '*' || subscription.peerId === message.data.to),
      )
      .map(({ connectionId: id }) => post(id, event)),
  );
};
