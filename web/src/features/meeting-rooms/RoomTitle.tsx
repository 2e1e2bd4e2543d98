import type { MeetingRoom } from '@clinicall/shared';
import { useTranslation } from 'react-i18next';

/** A room's name and how many are in it now, as members and administrators see it. */
export const RoomTitle = ({ room }: { room: MeetingRoom }) => {
  const { t } = useTranslation('meetingRooms');
  return (
    <div>
      <strong>{room.name}</strong>{' '}
      <span className="muted" data-testid="occupancy">
        {room.occupancy > 0 ? t('yours.occupancy', { count: room.occupancy, capacity: room.capacity }) : t('yours.empty')}
      </span>
    </div>
  );
};
