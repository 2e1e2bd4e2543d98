import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface EraseConfirmationProps {
  readonly name: string;
  readonly busy: boolean;
  readonly onErase: () => void;
  readonly onKeep: () => void;
}

/** Asked before a patient is erased: what goes, and that it cannot be brought back. */
export const EraseConfirmation = ({ name, busy, onErase, onKeep }: EraseConfirmationProps) => {
  const { t } = useTranslation('patients');
  const id = useId();
  return (
    <div role="alertdialog" aria-labelledby={id} className="patient-data__confirm">
      <p id={id}>{t('eraseConfirm', { name })}</p>
      <div className="actions">
        <button className="button button--danger" type="button" disabled={busy} onClick={onErase}>
          {busy ? t('erasing') : t('eraseYes')}
        </button>
        <button className="button" type="button" disabled={busy} onClick={onKeep}>
          {t('eraseNo')}
        </button>
      </div>
    </div>
  );
};
