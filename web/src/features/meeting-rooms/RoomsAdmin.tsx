import { type MeetingRoom, operations, type StaffMember } from '@clinicall/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomTitle } from './RoomTitle.tsx';
import { Notice } from '../../ui/Layout.tsx';
import './meeting-rooms.css';
import { ApiError, call } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { formatTime } from '../../ui/format-time.ts';
import { NotClinicalWarning } from './NotClinicalWarning.tsx';
import { RoomForm } from './RoomForm.tsx';
import { RoomLogDialog } from './RoomLogDialog.tsx';
import { useMeetingRooms } from './use-meeting-rooms.ts';
import { useStaffGroup } from '../../api/use-staff-group.ts';

type Asking = 'edit' | 'reset' | 'delete' | 'log';

/** One room as the administrator manages it: change, reset its link, delete, read its log. */
const AdminRoom = ({ room, token, staff, onChanged }: { room: MeetingRoom; token: string; staff: readonly StaffMember[]; onChanged: () => void }) => {
  const { t } = useTranslation('meetingRooms');
  const [asking, setAsking] = useState<Asking>();
  const [problem, setProblem] = useState<string>();
  const params = { id: room.id };
  const act = async (work: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await work();
      setAsking(undefined);
      onChanged();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : undefined);
    }
  };
  const confirm = (kind: 'reset' | 'delete') => (
    <Dialog title={t(kind === 'reset' ? 'admin.resetQuestion' : 'admin.deleteQuestion', { room: room.name })} onClose={() => setAsking(undefined)}>
      <p>{t(kind === 'reset' ? 'admin.resetBody' : 'admin.deleteBody')}</p>
      <div className="actions">
        <button
          className="button button--danger"
          type="button"
          onClick={() =>
            void act(() => call(kind === 'reset' ? operations.resetMeetingRoomLink : operations.deleteMeetingRoom, { token, params }))
          }
        >
          {t(kind === 'reset' ? 'admin.resetConfirm' : 'admin.deleteConfirm')}
        </button>
        <button className="button" type="button" onClick={() => setAsking(undefined)}>
          {t('admin.cancel')}
        </button>
      </div>
    </Dialog>
  );
  return (
    <li className="room" data-testid="admin-room" data-room-id={room.id}>
      <RoomTitle room={room} />
      <div className="muted">
        {room.members.length > 0 ? t('admin.memberList', { names: room.members.map((m) => m.name).join(', ') }) : t('admin.noMemberList')}
        {room.linkResetAt && <> · {t('admin.linkReset', { time: formatTime(room.linkResetAt) })}</>}
      </div>
      {problem && (
        <Notice tone="error">{problem}</Notice>
      )}
      {asking === 'edit' ? (
        <RoomForm
          initial={{ name: room.name, memberIds: room.members.map((m) => m.id) }}
          staff={staff}
          submitLabel={t('admin.save')}
          busyLabel={t('admin.saving')}
          onCancel={() => setAsking(undefined)}
          onSubmit={async (draft) => {
            await call(operations.updateMeetingRoom, { token, params, body: { name: draft.name, memberIds: [...draft.memberIds] } });
            setAsking(undefined);
            onChanged();
          }}
        />
      ) : (
        <div className="actions">
          <button className="button button--small" type="button" onClick={() => setAsking('edit')}>
            {t('admin.edit')}
          </button>
          <button className="button button--small" type="button" onClick={() => setAsking('log')}>
            {t('admin.log')}
          </button>
          <button className="button button--small" type="button" onClick={() => setAsking('reset')}>
            {t('admin.reset')}
          </button>
          <button className="button button--small button--danger" type="button" onClick={() => setAsking('delete')}>
            {t('admin.delete')}
          </button>
        </div>
      )}
      {(asking === 'reset' || asking === 'delete') && confirm(asking)}
      {asking === 'log' && <RoomLogDialog room={room} token={token} onClose={() => setAsking(undefined)} />}
    </li>
  );
};

/** The administrator's meeting rooms: every room, and a new one with its members. */
export const RoomsAdmin = ({ token }: { token: string }) => {
  const { t } = useTranslation('meetingRooms');
  const { rooms, reload } = useMeetingRooms(token);
  const staff = useStaffGroup(token, 'meeting-room-member');
  const [creating, setCreating] = useState(false);
  return (
    <section className="card" aria-labelledby="rooms-admin-title" aria-busy={!rooms || !staff}>
      <h2 id="rooms-admin-title">{t('admin.title')}</h2>
      <p className="muted">{t('admin.lead')}</p>
      {rooms && rooms.length === 0 && <p className="muted">{t('admin.none')}</p>}
      {rooms && staff && rooms.length > 0 && (
        <ul className="room-list">
          {rooms.map((room) => (
            <AdminRoom key={room.id} room={room} token={token} staff={staff} onChanged={reload} />
          ))}
        </ul>
      )}
      {creating && staff ? (
        <div className="room-new">
          <h3>{t('admin.new')}</h3>
          <NotClinicalWarning />
          <RoomForm
            staff={staff}
            submitLabel={t('admin.create')}
            busyLabel={t('admin.creating')}
            onCancel={() => setCreating(false)}
            onSubmit={async (draft) => {
              await call(operations.createMeetingRoom, { token, body: { name: draft.name, memberIds: [...draft.memberIds] } });
              setCreating(false);
              reload();
            }}
          />
        </div>
      ) : (
        <button className="button button--primary" type="button" onClick={() => setCreating(true)}>
          {t('admin.new')}
        </button>
      )}
    </section>
  );
};
