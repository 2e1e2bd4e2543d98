import { useState } from 'react';
import type { Patient } from '@clinicall/shared';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { AddPatientForm, addedMessage } from './AddPatientForm.tsx';
import { PatientList } from './PatientList.tsx';
import { usePatients } from './use-patients.ts';

/** The clinician's home: find a patient, or add one. */
export const PatientsPage = ({ token }: { token: string }) => {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Patient>();
  const [revision, setRevision] = useState(0);
  const { patients, loading, problem } = usePatients(token, query, revision);

  return (
    <>
      <div className="page__header">
        <h1>Patients</h1>
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
          <PatientList patients={patients} />
        ) : (
          !loading && <p className="muted">{query.trim() ? 'No patient matches.' : 'No patients yet.'}</p>
        )}
      </div>
    </>
  );
};
