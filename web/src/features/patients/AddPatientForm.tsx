import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { NewPatient, operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import type { Language } from '../../i18n/index.ts';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { organisationLanguage } from './language.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { mobileHintValues } from './mobile-hint.ts';
import './patients.css';

type FieldName = 'givenName' | 'familyName' | 'dateOfBirth' | 'mobile' | 'email';
const empty: Record<FieldName, string> = { givenName: '', familyName: '', dateOfBirth: '', mobile: '', email: '' };
const missingKeys = { givenName: 'missingGivenName', familyName: 'missingFamilyName', dateOfBirth: 'missingDateOfBirth' } as const;

interface AddPatientFormProps {
  readonly token: string;
  readonly onAdded: (patient: Patient) => void;
  readonly onCancel: () => void;
}

/** Checks with the same rules the API applies, so the receptionist sees every problem at once. */
export const AddPatientForm = ({ token, onAdded, onCancel }: AddPatientFormProps) => {
  const { t } = useTranslation('patients');
  const [values, setValues] = useState(empty);
  const [language, setLanguage] = useState<Language>(organisationLanguage);
  const [problems, setProblems] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  const set = (name: FieldName) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const details = { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')), language };
    const parsed = NewPatient.safeParse(details);
    if (!parsed.success) {
      const fields = z.flattenError(parsed.error).fieldErrors as Partial<Record<FieldName, string[]>>;
      const missing = (['givenName', 'familyName', 'dateOfBirth'] as const).filter((name) => !(name in details));
      setProblems({
        ...Object.fromEntries(Object.entries(fields).map(([name, messages]) => [name, messages?.[0]])),
        ...Object.fromEntries(missing.map((name) => [name, t(missingKeys[name])])),
      });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      onAdded(await call(operations.createPatient, { token, body: details as z.input<typeof NewPatient> }));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setProblems(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
      } else {
        setProblems({ form: error instanceof ApiError ? error.message : t('couldNotAdd') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-patient-title">
      <h2 id="add-patient-title">{t('add')}</h2>
      {problems.form && <Notice tone="error">{problems.form}</Notice>}
      <div className="grid-2">
        <Field label={t('givenName')} autoComplete="off" value={values.givenName} error={problems.givenName} onChange={set('givenName')} />
        <Field label={t('familyName')} autoComplete="off" value={values.familyName} error={problems.familyName} onChange={set('familyName')} />
      </div>
      <Field
        label={t('dateOfBirth')}
        type="date"
        max={new Date().toISOString().slice(0, 10)}
        value={values.dateOfBirth}
        error={problems.dateOfBirth}
        onChange={set('dateOfBirth')}
      />
      <div className="grid-2">
        <Field
          label={t('mobileOptional')}
          type="tel"
          inputMode="tel"
          hint={t('mobileHint', mobileHintValues())}
          value={values.mobile}
          error={problems.mobile}
          onChange={set('mobile')}
        />
        <Field label={t('emailOptional')} type="email" value={values.email} error={problems.email} onChange={set('email')} />
      </div>
      <LanguageSelect value={language} onChange={setLanguage} />
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('adding') : t('add')}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
};
