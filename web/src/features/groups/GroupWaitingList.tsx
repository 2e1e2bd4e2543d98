import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { deviceCheckWords } from '../call/index.ts';
import { useGroupRequest } from './use-group-request.ts';

interface GroupWaitingListProps {
  readonly consultation: Consultation;
  readonly token: string;
}

/** Who is waiting, with their device check: let in the ones ticked, or everyone at once. */
export const GroupWaitingList = ({ consultation, token }: GroupWaitingListProps) => {
  const { t } = useTranslation('groups');
  const { t: dashboard } = useTranslation('dashboard');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { busy, problem, run } = useGroupRequest();
  const waiting = consultation.participants.filter((p) => p.state === 'waiting');
  const chosen = waiting.filter((p) => selected.has(p.id)).map((p) => p.id);
  const admit = (body: { participantIds: string[] } | { all: true }) =>
    void run(() => call(operations.admit, { params: { id: consultation.id }, body, token })).then(
      (done) => done && setSelected(new Set()),
    );

  return (
    <section
      className="group-section"
      aria-labelledby={`waiting-${consultation.id}`}
      data-testid="group-waiting"
    >
      <h3 id={`waiting-${consultation.id}`}>{t('waiting.title', { count: waiting.length })}</h3>
      {waiting.length === 0 ? (
        <p className="muted">{t('waiting.nobody')}</p>
      ) : (
        <>
          <ul className="group-list">
            {waiting.map((person) => (
              <li key={person.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.has(person.id)}
                    onChange={(event) => {
                      const next = new Set(selected);
                      if (event.target.checked) next.add(person.id);
                      else next.delete(person.id);
                      setSelected(next);
                    }}
                  />{' '}
                  {person.displayName.trim() || dashboard('guest')}
                </label>
                <span className="muted">
                  {' · '}
                  {person.deviceCheck
                    ? deviceCheckWords(person.deviceCheck, dashboard)
                    : t('waiting.noDeviceCheck')}
                </span>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              className="button"
              type="button"
              disabled={busy || chosen.length === 0}
              onClick={() => admit({ participantIds: chosen })}
            >
              {t('waiting.admitSelected', { count: chosen.length })}
            </button>
            <button
              className="button button--primary"
              type="button"
              disabled={busy}
              onClick={() => admit({ all: true })}
            >
              {t('waiting.admitAll')}
            </button>
          </div>
        </>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
};
