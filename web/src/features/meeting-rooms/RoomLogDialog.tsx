import { type MeetingRoom, type MeetingRoomLog, operations } from '@clinicall/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { formatTime } from '../../ui/format-time.ts';

/** Who came into the room and when, newest first: the administrator's log. */
export const RoomLogDialog = ({ room, token, onClose }: { room: MeetingRoom; token: string; onClose: () => void }) => {
  const { t } = useTranslation('meetingRooms');
  const [log, setLog] = useState<MeetingRoomLog>();
  useEffect(() => {
    let current = true;
    void call(operations.meetingRoomLog, { token, params: { id: room.id } }).then((answer) => current && setLog(answer));
    return () => {
      current = false;
    };
  }, [room.id, token]);
  return (
    <Dialog title={t('admin.logTitle', { room: room.name })} onClose={onClose}>
      {log && log.visits.length === 0 && <p className="muted">{t('admin.logNone')}</p>}
      {log && log.visits.length > 0 && (
        <ul className="room-log">
          {log.visits.map((visit) => (
            <li key={`${visit.consultationId}-${visit.enteredAt}-${visit.displayName}`}>
              <strong>{visit.displayName || t('admin.nameForgotten')}</strong> <span className="muted">{visit.member ? t('admin.member') : t('admin.guest')}</span>{' '}
              {t('admin.entered', { time: formatTime(visit.enteredAt) })}
              {visit.leftAt && <>, {t('admin.left', { time: formatTime(visit.leftAt) })}</>}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button className="button" type="button" onClick={onClose}>
          {t('invite.close')}
        </button>
      </div>
    </Dialog>
  );
};
