import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenError, type z } from 'zod/mini';
import { NewPatient, operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import type { Language } from '../../i18n/index.ts';
import { DateOfBirthFields } from '../../ui/DateOfBirthFields.tsx';
import { type DateParts, readDateOfBirth } from '../../ui/date-of-birth.ts';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { organisationLanguage } from './language.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { mobileHintValues } from './mobile-hint.ts';
import './patients.css';

type FieldName = 'givenName' | 'familyName' | 'dateOfBirth' | 'mobile' | 'email';
type TypedField = Exclude<FieldName, 'dateOfBirth'>;
const empty: Record<TypedField, string> = { givenName: '', familyName: '', mobile: '', email: '' };
const noDate: DateParts = { day: '', month: '', year: '' };

/** The same person by name, whatever the case and spacing: the directory may have them already. */
const samePerson = (a: Pick<Patient, 'givenName' | 'familyName'>, b: Pick<Patient, 'givenName' | 'familyName'>) => {
  const key = (p: Pick<Patient, 'givenName' | 'familyName'>) => `${p.givenName} ${p.familyName}`.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return key(a) === key(b);
};
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
  const [dateParts, setDateParts] = useState(noDate);
  // Someone with this name and date of birth already on record: saved only once the user says so.
  const [duplicate, setDuplicate] = useState<Patient>();
  const [language, setLanguage] = useState<Language>(organisationLanguage);
  const [problems, setProblems] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  // A field being corrected loses its error at once: what is left to fix stays marked.
  const set = (name: TypedField) => (event: { target: { value: string } }) => {
    setDuplicate(undefined);
    setProblems(({ [name]: _fixed, ...rest }) => rest);
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  };

  const submit = async (event: FormEvent, confirmed = false) => {
    event.preventDefault();
    const date = dateParts.day || dateParts.month || dateParts.year ? readDateOfBirth(dateParts) : undefined;
    const details = {
      ...Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')),
      ...(date?.ok && { dateOfBirth: date.date }),
      language,
    };
    const parsed = NewPatient.safeParse(details);
    if (!parsed.success || (date && !date.ok)) {
      const fields = parsed.success ? {} : (flattenError(parsed.error).fieldErrors as Partial<Record<FieldName, string[]>>);
      const missing = (['givenName', 'familyName', 'dateOfBirth'] as const).filter((name) => !(name in details) && !(name === 'dateOfBirth' && date));
      setProblems({
        ...Object.fromEntries(Object.entries(fields).map(([name, messages]) => [name, messages?.[0]])),
        ...Object.fromEntries(missing.map((name) => [name, t(missingKeys[name])])),
        ...(date && !date.ok && { dateOfBirth: t(`dateProblems.${date.problem}`) }),
      });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      if (!confirmed) {
        const found = await call(operations.searchPatients, { token, query: { query: parsed.data.dateOfBirth } });
        const same = found.patients.find((p) => samePerson(p, parsed.data));
        if (same) {
          setDuplicate(same);
          return;
        }
      }
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
      <DateOfBirthFields
        parts={dateParts}
        onChange={(parts) => {
          setDuplicate(undefined);
          setProblems(({ dateOfBirth: _fixed, ...rest }) => rest);
          setDateParts(parts);
        }}
        problem={problems.dateOfBirth}
        legend={t('dateOfBirth')}
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
      {duplicate && (
        <Notice tone="error">
          {t('duplicate', { name: `${duplicate.givenName} ${duplicate.familyName}` })}{' '}
          <button className="button button--small" type="button" disabled={busy} onClick={(event) => void submit(event, true)}>
            {t('addAnyway')}
          </button>
        </Notice>
      )}
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
