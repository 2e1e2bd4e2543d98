import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { fullName, NewPatient, operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';

type FieldName = 'givenName' | 'familyName' | 'dateOfBirth' | 'mobile' | 'email';
const empty: Record<FieldName, string> = { givenName: '', familyName: '', dateOfBirth: '', mobile: '', email: '' };

interface AddPatientFormProps {
  readonly token: string;
  readonly onAdded: (patient: Patient) => void;
  readonly onCancel: () => void;
}

/** Checks with the same rules the API applies, so the receptionist sees every problem at once. */
export const AddPatientForm = ({ token, onAdded, onCancel }: AddPatientFormProps) => {
  const [values, setValues] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const [busy, setBusy] = useState(false);

  const set = (name: FieldName) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const details = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    const parsed = NewPatient.safeParse(details);
    if (!parsed.success) {
      const fields = z.flattenError(parsed.error).fieldErrors as Partial<Record<FieldName, string[]>>;
      const missing = (['givenName', 'familyName', 'dateOfBirth'] as const).filter((name) => !details[name]);
      setProblems({
        ...Object.fromEntries(Object.entries(fields).map(([name, messages]) => [name, messages?.[0]])),
        ...Object.fromEntries(
          missing.map((name) => [
            name,
            { givenName: 'Enter the first name.', familyName: 'Enter the last name.', dateOfBirth: 'Enter the date of birth.' }[name],
          ]),
        ),
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
        setProblems({ form: error instanceof ApiError ? error.message : 'Could not add the patient.' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-patient-title">
      <h2 id="add-patient-title">Add patient</h2>
      {problems.form && <Notice tone="error">{problems.form}</Notice>}
      <div className="grid-2">
        <Field label="First name" autoComplete="off" value={values.givenName} error={problems.givenName} onChange={set('givenName')} />
        <Field label="Last name" autoComplete="off" value={values.familyName} error={problems.familyName} onChange={set('familyName')} />
      </div>
      <Field
        label="Date of birth"
        type="date"
        max={new Date().toISOString().slice(0, 10)}
        value={values.dateOfBirth}
        error={problems.dateOfBirth}
        onChange={set('dateOfBirth')}
      />
      <div className="grid-2">
        <Field
          label="Mobile number (optional)"
          type="tel"
          inputMode="tel"
          hint="For example 07700 900123, or +46 70 123 45 67 from abroad"
          value={values.mobile}
          error={problems.mobile}
          onChange={set('mobile')}
        />
        <Field label="Email (optional)" type="email" value={values.email} error={problems.email} onChange={set('email')} />
      </div>
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add patient'}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};

export const addedMessage = (patient: Patient) => `${fullName(patient)} was added.`;
