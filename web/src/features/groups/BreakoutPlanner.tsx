import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, operations, type Participant } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { breakoutRequest, equalGroups, maxRooms, type Placement } from './breakout-plan.ts';
import { useGroupRequest } from './use-group-request.ts';

interface BreakoutPlannerProps {
  readonly consultation: Consultation;
  readonly token: string;
  /** Who may be placed: admitted, not moderators. */
  readonly people: readonly Participant[];
}

/** Before the rooms open: how many, who goes where (shared out equally, or by hand), and for how long. */
export const BreakoutPlanner = ({ consultation, token, people }: BreakoutPlannerProps) => {
  const { t } = useTranslation('groups');
  const [count, setCount] = useState(2);
  const [names, setNames] = useState<readonly string[]>([]);
  const [placement, setPlacement] = useState<Placement>(new Map());
  const [minutes, setMinutes] = useState('');
  const [planProblem, setPlanProblem] = useState<string>();
  const { busy, problem, run } = useGroupRequest();
  const nameOf = (room: number) => names[room] ?? t('breakout.roomName', { number: room + 1 });
  const roomNames = Array.from({ length: count }, (_, room) => nameOf(room));
  // Someone who left the call since being placed is not sent to a room.
  const present = new Map(
    [...placement].filter(([id, room]) => room < count && people.some((p) => p.id === id)),
  );

  const place = (id: string, room: number | undefined) => {
    const next = new Map(placement);
    if (room === undefined) next.delete(id);
    else next.set(id, room);
    setPlacement(next);
  };
  const open = () => {
    const answer = breakoutRequest(roomNames, present, minutes);
    if (!answer.ok) return setPlanProblem(t(`breakout.problems.${answer.problem}`));
    setPlanProblem(undefined);
    void run(() =>
      call(operations.openBreakoutRooms, { params: { id: consultation.id }, body: answer.body, token }),
    );
  };

  return (
    <div className="breakout-planner">
      <div className="field">
        <label htmlFor={`rooms-${consultation.id}`}>{t('breakout.howMany')}</label>
        <input
          id={`rooms-${consultation.id}`}
          type="number"
          min={1}
          max={maxRooms}
          value={count}
          onChange={(event) =>
            setCount(Math.max(1, Math.min(maxRooms, Math.floor(Number(event.target.value)) || 1)))
          }
        />
      </div>
      <button
        className="button"
        type="button"
        disabled={people.length === 0}
        onClick={() =>
          setPlacement(
            equalGroups(
              people.map((p) => p.id),
              count,
            ),
          )
        }
      >
        {t('breakout.shareOut')}
      </button>
      <ul className="group-list">
        {roomNames.map((name, room) => (
          <li key={room}>
            <input
              aria-label={t('breakout.roomNameLabel', { number: room + 1 })}
              maxLength={40}
              value={name}
              onChange={(event) =>
                setNames(roomNames.map((old, index) => (index === room ? event.target.value : old)))
              }
            />
            <span className="muted">
              {' '}
              · {t('breakout.peopleCount', { count: [...present.values()].filter((r) => r === room).length })}
            </span>
          </li>
        ))}
      </ul>
      {people.length === 0 ? (
        <p className="muted">{t('breakout.nobodyToPlace')}</p>
      ) : (
        <ul className="group-list" aria-label={t('breakout.whoWhere')}>
          {people.map((person) => (
            <li key={person.id}>
              <label htmlFor={`place-${person.id}`}>{person.displayName}</label>{' '}
              <select
                id={`place-${person.id}`}
                value={present.get(person.id) ?? ''}
                onChange={(event) =>
                  place(person.id, event.target.value === '' ? undefined : Number(event.target.value))
                }
              >
                <option value="">{t('breakout.stayInMain')}</option>
                {roomNames.map((name, room) => (
                  <option key={room} value={room}>
                    {name}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`minutes-${consultation.id}`}>{t('breakout.minutes')}</label>
        <p className="field__hint">{t('breakout.minutesHint')}</p>
        <input
          id={`minutes-${consultation.id}`}
          type="number"
          min={1}
          max={120}
          inputMode="numeric"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </div>
      {(planProblem ?? problem) && (
        <p className="field__error" role="alert">
          {planProblem ?? problem}
        </p>
      )}
      <button className="button button--primary" type="button" disabled={busy} onClick={open}>
        {t('breakout.open', { count })}
      </button>
    </div>
  );
};
