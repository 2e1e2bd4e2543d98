import { useState } from 'react';
import type { Patient } from '@clinicall/shared';
import { Field } from '../../ui/Field.tsx';
import { ConsultNowDialog } from '../consult-now/ConsultNowDialog.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { AddPatientForm, addedMessage } from './AddPatientForm.tsx';
import { PatientList } from './PatientList.tsx';
import { usePatients } from './use-patients.ts';

interface PatientsPageProps {
  readonly token: string;
  readonly onConsultNowSent?: () => void;
}

/** Find a patient, add one, or start a Consult Now with one. */
export const PatientsPage = ({ token, onConsultNowSent }: PatientsPageProps) => {
  const [query, setQuery] = useState('');
  const [consulting, setConsulting] = useState<Patient>();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Patient>();
  const [revision, setRevision] = useState(0);
  const { patients, loading, problem } = usePatients(token, query, revision);

  return (
    <section aria-labelledby="patients-title">
      <div className="page__header">
        <h2 id="patients-title">Patients</h2>
        {!adding && (
          <button className="button button--primary" type="button" onClick={() => setAdding(true)}>
            Add patient
          </button>
        )}
      </div>
      {added && <Notice tone="success">{addedMessage(added)}</Notice>}
      {adding && (
        <AddPatientForm
          token={token}
          onCancel={() => setAdding(false)}
          onAdded={(patient) => {
            setAdded(patient);
            setAdding(false);
            setRevision((r) => r + 1);
          }}
        />
      )}
      <div role="search">
        <Field
          label="Find a patient"
          type="search"
          hint="Name, date of birth (12/04/1980) or mobile number"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div aria-live="polite" aria-busy={loading}>
        {problem ? (
          <p className="muted">{problem}</p>
        ) : patients.length > 0 ? (
          <PatientList patients={patients} onConsultNow={setConsulting} />
        ) : (
          !loading && <p className="muted">{query.trim() ? 'No patient matches.' : 'No patients yet.'}</p>
        )}
      </div>
      {consulting && (
        <ConsultNowDialog token={token} patient={consulting} onSent={() => onConsultNowSent?.()} onClose={() => setConsulting(undefined)} />
      )}
    </section>
  );
};
