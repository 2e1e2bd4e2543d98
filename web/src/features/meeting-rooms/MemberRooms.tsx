import type { MeetingRoom } from '@clinicall/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomTitle } from './RoomTitle.tsx';
import { Notice } from '../../ui/Layout.tsx';
import './meeting-rooms.css';
import { ApiError } from '../../api/client.ts';
import { enterRoom } from './enter-room.ts';
import { GuestLinkDialog } from './GuestLinkDialog.tsx';
import { useMeetingRooms } from './use-meeting-rooms.ts';

const RoomItem = ({ room, token }: { room: MeetingRoom; token: string }) => {
  const { t } = useTranslation('meetingRooms');
  const [entering, setEntering] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [inviting, setInviting] = useState(false);
  const enter = async () => {
    setEntering(true);
    setProblem(undefined);
    try {
      await enterRoom(token, room.id);
    } catch (error) {
      setProblem(error instanceof ApiError && error.code === 'room-full' ? t('yours.full') : error instanceof ApiError ? error.message : undefined);
      setEntering(false);
    }
  };
  return (
    <li className="room" data-testid="meeting-room" data-room-id={room.id}>
      <RoomTitle room={room} />
      {problem && (
        <Notice tone="error">{problem}</Notice>
      )}
      <div className="actions">
        <button className="button button--primary" type="button" disabled={entering} onClick={() => void enter()}>
          {entering ? t('yours.entering') : t('yours.enter')}
        </button>
        <button className="button" type="button" onClick={() => setInviting(true)}>
          {t('yours.invite')}
        </button>
      </div>
      {inviting && <GuestLinkDialog room={room} token={token} onClose={() => setInviting(false)} />}
    </li>
  );
};

/** A member's rooms on their console, each entered with one click. */
export const MemberRooms = ({ token }: { token: string }) => {
  const { t } = useTranslation('meetingRooms');
  const { rooms } = useMeetingRooms(token);
  return (
    <section className="card" aria-labelledby="member-rooms-title" aria-busy={!rooms}>
      <h2 id="member-rooms-title">{t('yours.title')}</h2>
      {rooms && rooms.length === 0 && <p className="muted">{t('yours.none')}</p>}
      {rooms && rooms.length > 0 && (
        <ul className="room-list">
          {rooms.map((room) => (
            <RoomItem key={room.id} room={room} token={token} />
          ))}
        </ul>
      )}
    </section>
  );
};
