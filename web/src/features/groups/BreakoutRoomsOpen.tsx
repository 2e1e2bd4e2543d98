import { breakoutWarningSeconds } from '../call/index.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Breakout, type Consultation, operations, type Participant } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { useNow } from '../../ui/use-now.ts';
import { timeLeft } from './time-left.ts';
import { useGroupRequest } from './use-group-request.ts';

interface BreakoutRoomsOpenProps {
  readonly consultation: Consultation;
  readonly breakout: Breakout;
  readonly token: string;
  /** Everyone in the call who may be moved (the moderator included, to visit). */
  readonly people: readonly Participant[];
  /** The moderator's own participant id: moving it is visiting a room. */
  readonly selfId: string | undefined;
}

const main = 'main';

/** While the rooms are open: the countdown, who is where, move, visit, a message to all, more time, close. */
export const BreakoutRoomsOpen = ({
  consultation,
  breakout,
  token,
  people,
  selfId,
}: BreakoutRoomsOpenProps) => {
  const { t } = useTranslation('groups');
  const now = useNow();
  const [message, setMessage] = useState('');
  const [extra, setExtra] = useState('5');
  const [sent, setSent] = useState(false);
  const { busy, problem, run } = useGroupRequest();
  const params = { id: consultation.id };
  const left = timeLeft(breakout.closesAt, now, breakoutWarningSeconds * 1000);
  const self = people.find((p) => p.id === selfId);
  const rooms = [{ id: main, name: t('breakout.mainRoom') }, ...breakout.rooms];
  const inRoom = (room: string) => people.filter((p) => (p.room ?? main) === room);

  const move = (participantId: string, roomId: string) =>
    void run(() =>
      call(operations.moveToBreakoutRoom, { params: { ...params, roomId }, body: { participantId }, token }),
    );
  const broadcast = (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    if (!text) return;
    void run(() => call(operations.broadcast, { params, body: { message: text }, token })).then((done) => {
      if (done) setMessage('');
      setSent(done);
    });
  };
  const extend = () => {
    const minutes = Number(extra);
    if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 60)
      void run(() => call(operations.extendBreakoutRooms, { params, body: { minutes }, token }));
  };

  return (
    <div className="breakout-open" data-testid="breakout-open">
      <p
        className={
          left.kind === 'left' && left.soon
            ? 'breakout-open__clock breakout-open__clock--soon'
            : 'breakout-open__clock'
        }
        role="timer"
        aria-live="off"
      >
        {left.kind === 'left'
          ? t('breakout.closesIn', { time: left.clock })
          : left.kind === 'over'
            ? t('breakout.closing')
            : t('breakout.untimed')}
      </p>
      {rooms.map((room) => (
        <section key={room.id} className="breakout-room" aria-label={room.name} data-room-id={room.id}>
          <h4>
            {room.name}{' '}
            <span className="muted">· {t('breakout.peopleCount', { count: inRoom(room.id).length })}</span>
          </h4>
          {self && (self.room ?? main) !== room.id && (
            <button
              className="button button--quiet"
              type="button"
              disabled={busy}
              onClick={() => move(self.id, room.id)}
            >
              {room.id === main ? t('breakout.backToMain') : t('breakout.visit', { room: room.name })}
            </button>
          )}
          <ul className="group-list">
            {inRoom(room.id)
              .filter((p) => p.id !== selfId)
              .map((person) => (
                <li key={person.id}>
                  <label htmlFor={`move-${person.id}`}>{person.displayName}</label>{' '}
                  <select
                    id={`move-${person.id}`}
                    value={person.room ?? main}
                    disabled={busy}
                    onChange={(event) => move(person.id, event.target.value)}
                  >
                    {rooms.map((to) => (
                      <option key={to.id} value={to.id}>
                        {t('breakout.moveTo', { room: to.name })}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <form className="breakout-open__broadcast" onSubmit={broadcast}>
        <label htmlFor={`broadcast-${consultation.id}`}>{t('breakout.broadcast')}</label>
        <input
          id={`broadcast-${consultation.id}`}
          maxLength={280}
          value={message}
          onChange={(event) => {
            setMessage(event.target.value);
            setSent(false);
          }}
        />
        <button className="button" type="submit" disabled={busy || !message.trim()}>
          {t('breakout.send')}
        </button>
        {sent && <span role="status">{t('breakout.sent')}</span>}
      </form>
      <div className="actions">
        <label htmlFor={`extend-${consultation.id}`}>{t('breakout.extendBy')}</label>
        <input
          id={`extend-${consultation.id}`}
          type="number"
          min={1}
          max={60}
          value={extra}
          onChange={(event) => setExtra(event.target.value)}
        />
        <button className="button" type="button" disabled={busy} onClick={extend}>
          {t('breakout.extend')}
        </button>
        <button
          className="button button--danger"
          type="button"
          disabled={busy}
          onClick={() => void run(() => call(operations.closeBreakoutRooms, { params, token }))}
        >
          {t('breakout.closeAll')}
        </button>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
};
