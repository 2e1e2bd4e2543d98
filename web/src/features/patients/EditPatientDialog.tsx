import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, operations, type Patient, PatientChanges } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { changesOf } from './changes.ts';
import { formatMobile } from '../../ui/format-patient.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { mobileHintValues } from './mobile-hint.ts';
import { PatientDataActions } from './PatientDataActions.tsx';

type FieldName = 'mobile' | 'email';

interface EditPatientDialogProps {
  readonly token: string;
  readonly patient: Patient;
  readonly onSaved: (patient: Patient) => void;
  readonly onClose: () => void;
  /** Administrators may erase the patient from here. */
  readonly canErase?: boolean;
  readonly onErased?: (patient: Patient) => void;
}

/** The patient's entry: their language and where they are reached, changed; their data exported or erased. */
export const EditPatientDialog = ({ token, patient, onSaved, onClose, canErase = false, onErased }: EditPatientDialogProps) => {
  const { t } = useTranslation('patients');
  const [form, setForm] = useState({
    language: patient.language,
    mobile: patient.mobile ? formatMobile(patient.mobile) : '',
    email: patient.email ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = changesOf(patient, form);
    if (Object.keys(changes).length === 0) return onClose();
    const parsed = PatientChanges.safeParse(changes);
    if (!parsed.success) {
      setProblems(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0] ?? 'form', issue.message])));
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      onSaved(await call(operations.updatePatient, { token, params: { id: patient.id }, body: changes }));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setProblems(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
      } else {
        setProblems({ form: error instanceof ApiError ? error.message : t('couldNotSave') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('editTitle', { name: fullName(patient) })} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {problems.form && <Notice tone="error">{problems.form}</Notice>}
        <LanguageSelect value={form.language} onChange={(language) => setForm((f) => ({ ...f, language }))} />
        <Field
          label={t('mobile')}
          type="tel"
          inputMode="tel"
          hint={`${t('mobileHint', mobileHintValues())}. ${t('emptyRemoves')}`}
          value={form.mobile}
          error={problems.mobile}
          onChange={(event) => setForm((f) => ({ ...f, mobile: event.target.value }))}
        />
        <Field
          label={t('email')}
          type="email"
          hint={t('emptyRemoves')}
          value={form.email}
          error={problems.email}
          onChange={(event) => setForm((f) => ({ ...f, email: event.target.value }))}
        />
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('saving') : t('save')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
      <PatientDataActions token={token} patient={patient} canErase={canErase} onErased={(erased) => onErased?.(erased)} />
    </Dialog>
  );
};
