import { DomainError, maskEmail, maskMobile, type SendRoomLinkRequest, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { isMember, type MeetingRoomRecord } from '../meeting-room/record.ts';
import { messagesIn, post, siteLink } from '../messages/index.ts';
import { hashSecret } from '../secrets.ts';
import { roomOf } from './meeting-rooms.ts';
import { requireGroup } from './staff-access.ts';

type Deps = Pick<Dependencies, 'store' | 'ids' | 'settings'>;

/** A member of the room, or an administrator: who may hand out its link. */
const memberRoom = async (deps: Pick<Deps, 'store'>, staff: Staff, roomId: string): Promise<MeetingRoomRecord> => {
  requireGroup(staff, 'meeting-room-member', 'admin');
  const room = await roomOf(deps, roomId);
  if (!isMember(room, staff.id) && !staff.groups.includes('admin')) {
    throw new DomainError('forbidden', 'Only the members of this room can share its link.');
  }
  return room;
};

/**
 * A guest link to the room: a new token each time it is asked for, kept only as its hash with
 * the room's link generation. Every one of them works until an administrator resets the links.
 */
const mintLink = async (deps: Deps, room: MeetingRoomRecord): Promise<string> => {
  const token = deps.ids.token();
  await deps.store.access.addRoomLink(hashSecret(token), { meetingRoomId: room.id, generation: room.generation });
  return siteLink(deps.settings, 'join', token, deps.settings.defaultLanguage);
};

/** The one place staff see the link: to copy it into an invitation of their own. */
export const guestLink = async (deps: Deps, staff: Staff, roomId: string) => ({
  url: await mintLink(deps, await memberRoom(deps, staff, roomId)),
});

/** The link by SMS or email, written in the organisation's language. */
export const sendGuestLink = async (deps: Deps & Pick<Dependencies, 'notifier'>, staff: Staff, roomId: string, to: SendRoomLinkRequest) => {
  const room = await memberRoom(deps, staff, roomId);
  const channel = to.mobile ? 'sms' : 'email';
  const destination = (to.mobile ?? to.email)!;
  const letter = (await messagesIn(deps.settings.defaultLanguage)).meetingRoom({
    organisationName: deps.settings.organisationName,
    senderName: staff.name,
    roomName: room.name,
    url: await mintLink(deps, room),
  });
  try {
    await deps.notifier.send(post(channel, destination, letter));
  } catch {
    throw new DomainError('delivery-failed', `The ${channel === 'sms' ? 'text message' : 'email'} could not be sent. Check the details and try again.`);
  }
  return { channel, sentTo: to.mobile ? maskMobile(to.mobile) : maskEmail(destination) } as const;
};
