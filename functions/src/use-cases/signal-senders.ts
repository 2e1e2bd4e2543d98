import type { Dependencies, Subscription } from '#ports';

type Access = Dependencies['store']['access'];

/** Far more sockets than one warm instance relays for at once. */
const maxRemembered = 1000;
const remembered = new WeakMap<Access, Map<string, Subscription>>();

/**
 * Who sends on a connection: whose socket it is and in which consultation never changes while it
 * is open, so a warm instance asks the store once per connection, not once per message (a call's
 * start is a handful of messages in a row). Whether the sender is still in the call is read afresh
 * every time by the relay.
 */
export const senderOf = async (access: Access, connectionId: string): Promise<Subscription | undefined> => {
  let known = remembered.get(access);
  if (!known) remembered.set(access, (known = new Map<string, Subscription>()));
  const cached = known.get(connectionId);
  if (cached) return cached;
  const sender = await access.getConnection(connectionId);
  if (sender) {
    if (known.size >= maxRemembered) known.delete(known.keys().next().value!);
    known.set(connectionId, sender);
  }
  return sender;
};

/** The socket closed: its id is never used again, and is forgotten here too. */
export const forgetSender = (access: Access, connectionId: string): void => {
  remembered.get(access)?.delete(connectionId);
};
