import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type Patient } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { Field } from '../../ui/Field.tsx';
import { organisationZone, ProposeAppointmentDialog } from '../appointments/index.ts';
import { ConsultNowDialog } from '../consult-now/index.ts';
import { CallPatientDialog } from '../direct-call/index.ts';
import { Notice } from '../../ui/Layout.tsx';
import { AddPatientForm } from './AddPatientForm.tsx';
import { EditPatientDialog } from './EditPatientDialog.tsx';
import { PatientList } from './PatientList.tsx';
import { usePatients } from './use-patients.ts';

interface PatientsPageProps {
  readonly token: string;
  /** The page's events socket: a Call Patient follows its call on it. */
  readonly events?: EventStream | undefined;
  readonly onConsultNowSent?: () => void;
  readonly onProposed?: () => void;
  /** An administrator: may erase a patient. */
  readonly canErase?: boolean;
}

/** What the clinician is doing with one patient. */
type WithPatient = { readonly kind: 'consult-now' | 'call' | 'propose' | 'edit'; readonly patient: Patient };

/** Find a patient, add one, or with one: Consult Now, Call Patient, Propose appointment. */
export const PatientsPage = ({ token, events, onConsultNowSent, onProposed, canErase = false }: PatientsPageProps) => {
  const { t } = useTranslation('patients');
  const [query, setQuery] = useState('');
  const [doing, setDoing] = useState<WithPatient>();
  const [proposed, setProposed] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string>();
  const [revision, setRevision] = useState(0);
  const { patients, loading, problem } = usePatients(token, query, revision);

  return (
    <section aria-labelledby="patients-title">
      <div className="page__header">
        <h2 id="patients-title">{t('title')}</h2>
        {!adding && (
          <button className="button button--primary" type="button" onClick={() => setAdding(true)}>
            {t('add')}
          </button>
        )}
      </div>
      {done && <Notice tone="success">{done}</Notice>}
      {proposed && <Notice tone="success">{proposed}</Notice>}
      {adding && (
        <AddPatientForm
          token={token}
          onCancel={() => setAdding(false)}
          onAdded={(patient) => {
            setDone(t('added', { name: fullName(patient) }));
            setAdding(false);
            setRevision((r) => r + 1);
          }}
        />
      )}
      <div role="search">
        <Field
          label={t('find')}
          type="search"
          hint={t('findHint')}
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
            onEdit={(patient) => setDoing({ kind: 'edit', patient })}
          />
        ) : (
          !loading && <p className="muted">{query.trim() ? t('noMatch') : t('none')}</p>
        )}
      </div>
      {doing?.kind === 'edit' && (
        <EditPatientDialog
          key={doing.patient.id}
          token={token}
          patient={doing.patient}
          onClose={() => setDoing(undefined)}
          onSaved={(patient) => {
            setDoing(undefined);
            setDone(t('saved', { name: fullName(patient) }));
            setRevision((r) => r + 1);
          }}
          canErase={canErase}
          onErased={(patient) => {
            setDoing(undefined);
            setDone(t('erased', { name: fullName(patient) }));
            setRevision((r) => r + 1);
          }}
        />
      )}
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
