import { useState } from 'react';
import { fullName, type Patient } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { Field } from '../../ui/Field.tsx';
import { ProposeAppointmentDialog } from '../appointments/ProposeAppointmentDialog.tsx';
import { organisationZone } from '../appointments/organisation-zone.ts';
import { ConsultNowDialog } from '../consult-now/ConsultNowDialog.tsx';
import { CallPatientDialog } from '../direct-call/CallPatientDialog.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { AddPatientForm, addedMessage } from './AddPatientForm.tsx';
import { PatientList } from './PatientList.tsx';
import { usePatients } from './use-patients.ts';

interface PatientsPageProps {
  readonly token: string;
  /** The page's events socket: a Call Patient follows its call on it. */
  readonly events?: EventStream | undefined;
  readonly onConsultNowSent?: () => void;
  readonly onProposed?: () => void;
}

/** What the clinician is doing with one patient. */
type WithPatient = { readonly kind: 'consult-now' | 'call' | 'propose'; readonly patient: Patient };

/** Find a patient, add one, or with one: Consult Now, Call Patient, Propose appointment. */
export const PatientsPage = ({ token, events, onConsultNowSent, onProposed }: PatientsPageProps) => {
  const [query, setQuery] = useState('');
  const [doing, setDoing] = useState<WithPatient>();
  const [proposed, setProposed] = useState<string>();
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
      {proposed && <Notice tone="success">{proposed}</Notice>}
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
          <PatientList
            patients={patients}
            onConsultNow={(patient) => setDoing({ kind: 'consult-now', patient })}
            onCall={(patient) => setDoing({ kind: 'call', patient })}
            onPropose={(patient) => setDoing({ kind: 'propose', patient })}
          />
        ) : (
          !loading && <p className="muted">{query.trim() ? 'No patient matches.' : 'No patients yet.'}</p>
        )}
      </div>
      {doing?.kind === 'consult-now' && (
        <ConsultNowDialog token={token} patient={doing.patient} onSent={() => onConsultNowSent?.()} onClose={() => setDoing(undefined)} />
      )}
      {doing?.kind === 'call' && (
        <CallPatientDialog
          key={doing.patient.id}
          token={token}
          patient={doing.patient}
          events={events}
          onConsultNow={() => setDoing({ kind: 'consult-now', patient: doing.patient })}
          onPropose={() => setDoing({ kind: 'propose', patient: doing.patient })}
          onClose={() => setDoing(undefined)}
        />
      )}
      {doing?.kind === 'propose' && (
        <ProposeAppointmentDialog
          token={token}
          target={{ kind: 'new', patientId: doing.patient.id, patientName: fullName(doing.patient) }}
          timeZone={organisationZone()}
          onDone={(message) => {
            setDoing(undefined);
            setProposed(message);
            onProposed?.();
          }}
          onClose={() => setDoing(undefined)}
        />
      )}
    </section>
  );
};
