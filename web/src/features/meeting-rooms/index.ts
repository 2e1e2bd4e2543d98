/** Meeting rooms: a member's rooms on their console, and the administrator's management of them. */
export { MemberRooms } from './MemberRooms.tsx';
export { RoomsAdmin } from './RoomsAdmin.tsx';
