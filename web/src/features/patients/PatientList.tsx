import { useTranslation } from 'react-i18next';
import { fullName, type Patient } from '@clinicall/shared';
import { languageNames } from '../../i18n/index.ts';
import { formatDate, formatMobile } from '../../ui/format-patient.ts';
import './patients.css';

interface PatientListProps {
  readonly patients: readonly Patient[];
  readonly onConsultNow?: (patient: Patient) => void;
  /** Call Patient: ring their open portal. */
  readonly onCall?: (patient: Patient) => void;
  readonly onPropose?: (patient: Patient) => void;
  /** Change the patient's language, mobile number or email. */
  readonly onEdit?: (patient: Patient) => void;
}

export const PatientList = ({ patients, onConsultNow, onCall, onPropose, onEdit }: PatientListProps) => {
  const { t } = useTranslation('patients');
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('columnName')}</th>
          <th scope="col">{t('columnDateOfBirth')}</th>
          <th scope="col">{t('columnMobile')}</th>
          <th scope="col">{t('columnEmail')}</th>
          <th scope="col">{t('columnLanguage')}</th>
          {onConsultNow && (
            <th scope="col">
              <span className="visually-hidden">{t('columnActions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {patients.map((patient) => {
          const name = fullName(patient);
          return (
            <tr key={patient.id} data-testid="patient-row">
              <td>
                <strong>{name}</strong>
              </td>
              <td>{formatDate(patient.dateOfBirth)}</td>
              <td>{patient.mobile ? formatMobile(patient.mobile) : '—'}</td>
              <td>{patient.email ?? '—'}</td>
              <td lang={patient.language}>{languageNames[patient.language]}</td>
              {onConsultNow && (
                <td className="table__actions">
                  <div className="patient-actions">
                    {/* The clinician's first action, first in the row. */}
                    <button
                      className="button button--primary"
                      type="button"
                      aria-label={t('consultNowLabel', { name })}
                      onClick={() => onConsultNow(patient)}
                    >
                      {t('consultNow')}
                    </button>
                    {onCall && (
                      <button className="button" type="button" aria-label={t('callPatientLabel', { name })} onClick={() => onCall(patient)}>
                        {t('callPatient')}
                      </button>
                    )}
                    {onPropose && (
                      <button className="button" type="button" aria-label={t('proposeLabel', { name })} onClick={() => onPropose(patient)}>
                        {t('propose')}
                      </button>
                    )}
                    {onEdit && (
                      <button className="button" type="button" aria-label={t('editLabel', { name })} onClick={() => onEdit(patient)}>
                        {t('edit')}
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
