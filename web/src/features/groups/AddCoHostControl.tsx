import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { useRequest } from '../../api/use-request.ts';
import { useStaffGroup } from '../../api/use-staff-group.ts';

interface AddCoHostControlProps {
  readonly consultationId: string;
  readonly token: string;
  /** Staff ids already moderating: not offered again. */
  readonly moderators: readonly string[];
  readonly onChanged: () => void;
}

/** The host adds a clinician as co-moderator; they see the session on their own dashboard. */
export const AddCoHostControl = ({ consultationId, token, moderators, onChanged }: AddCoHostControlProps) => {
  const { t } = useTranslation('groups');
  const clinicians = useStaffGroup(token, 'clinician');
  const [chosen, setChosen] = useState('');
  const { busy, problem, run, setProblem } = useRequest(t('card.didNotWork'));
  const offered = (clinicians ?? []).filter((clinician) => !moderators.includes(clinician.id));
  if (clinicians && offered.length === 0) return null;

  const add = async () => {
    if (!chosen) return setProblem(t('coHost.choose'));
    if (await run(() => call(operations.addCoHost, { params: { id: consultationId }, body: { staffId: chosen }, token }))) {
      setChosen('');
      onChanged();
    }
  };

  return (
    <div className="co-host">
      <label htmlFor={`co-host-${consultationId}`}>{t('coHost.label')}</label>
      <select
        id={`co-host-${consultationId}`}
        value={chosen}
        disabled={!clinicians}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">{clinicians ? t('coHost.placeholder') : t('loading')}</option>
        {offered.map((clinician) => (
          <option key={clinician.id} value={clinician.id}>
            {clinician.name || clinician.email}
          </option>
        ))}
      </select>
      <button className="button" type="button" disabled={busy} onClick={() => void add()}>
        {t('coHost.add')}
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
};
