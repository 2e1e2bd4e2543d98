import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Notice } from '../../ui/Layout.tsx';
import { downloadJson } from './download.ts';
import { EraseConfirmation } from './EraseConfirmation.tsx';

interface PatientDataActionsProps {
  readonly token: string;
  readonly patient: Patient;
  /** Administrators may erase; everyone who sees the patient may export. */
  readonly canErase: boolean;
  readonly onErased: (patient: Patient) => void;
}

/** The patient's rights on their entry: export everything held about them; erase them, once confirmed. */
export const PatientDataActions = ({ token, patient, canErase, onErased }: PatientDataActionsProps) => {
  const { t } = useTranslation('patients');
  const name = fullName(patient);
  const [busy, setBusy] = useState<'export' | 'erase'>();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();

  const exportData = async () => {
    setBusy('export');
    setNotice(undefined);
    try {
      const data = await call(operations.exportPatient, { token, params: { id: patient.id } });
      const file = `patient-${patient.id}-${data.exportedAt.slice(0, 10)}.json`;
      downloadJson(file, data);
      setNotice({ tone: 'success', text: t('exported', { name, file }) });
    } catch (error) {
      setNotice({ tone: 'error', text: error instanceof ApiError ? error.message : t('couldNotExport') });
    } finally {
      setBusy(undefined);
    }
  };

  const erase = async () => {
    setBusy('erase');
    setNotice(undefined);
    try {
      await call(operations.erasePatient, { token, params: { id: patient.id } });
      onErased(patient);
    } catch (error) {
      setConfirming(false);
      setNotice({ tone: 'error', text: error instanceof ApiError && error.code !== 'internal' ? error.message : t('couldNotErase') });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="patient-data" aria-labelledby={`patient-data-${patient.id}`}>
      <h3 id={`patient-data-${patient.id}`}>{t('dataTitle')}</h3>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <p className="muted">{t('exportDataHint', { name })}</p>
      <div className="actions">
        <button className="button" type="button" disabled={busy !== undefined} onClick={() => void exportData()}>
          {busy === 'export' ? t('exporting') : t('exportData')}
        </button>
        {canErase && !confirming && (
          <button className="button button--danger" type="button" aria-label={t('eraseLabel', { name })} disabled={busy !== undefined} onClick={() => setConfirming(true)}>
            {t('erase')}
          </button>
        )}
      </div>
      {confirming && (
        <EraseConfirmation name={name} busy={busy === 'erase'} onErase={() => void erase()} onKeep={() => setConfirming(false)} />
      )}
    </section>
  );
};
