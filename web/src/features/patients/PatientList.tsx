import { fullName, type Patient } from '@clinicall/shared';
import { formatDate, formatMobile } from './format.ts';
import './patients.css';

interface PatientListProps {
  readonly patients: readonly Patient[];
  readonly onConsultNow?: (patient: Patient) => void;
  /** Call Patient: ring their open portal. */
  readonly onCall?: (patient: Patient) => void;
  readonly onPropose?: (patient: Patient) => void;
}

export const PatientList = ({ patients, onConsultNow, onCall, onPropose }: PatientListProps) => (
  <table className="table">
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Date of birth</th>
        <th scope="col">Mobile</th>
        <th scope="col">Email</th>
        {onConsultNow && (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        )}
      </tr>
    </thead>
    <tbody>
      {patients.map((patient) => (
        <tr key={patient.id} data-testid="patient-row">
          <td>
            <strong>{fullName(patient)}</strong>
          </td>
          <td>{formatDate(patient.dateOfBirth)}</td>
          <td>{patient.mobile ? formatMobile(patient.mobile) : '—'}</td>
          <td>{patient.email ?? '—'}</td>
          {onConsultNow && (
            <td className="table__actions">
              <div className="patient-actions">
                {onCall && (
                  <button
                    className="button"
                    type="button"
                    aria-label={`Call Patient ${fullName(patient)}`}
                    onClick={() => onCall(patient)}
                  >
                    Call Patient
                  </button>
                )}
                {onPropose && (
                  <button
                    className="button"
                    type="button"
                    aria-label={`Propose appointment to ${fullName(patient)}`}
                    onClick={() => onPropose(patient)}
                  >
                    Propose appointment
                  </button>
                )}
                <button
                  className="button button--primary"
                  type="button"
                  aria-label={`Consult Now with ${fullName(patient)}`}
                  onClick={() => onConsultNow(patient)}
                >
                  Consult Now
                </button>
              </div>
            </td>
          )}
        </tr>
      ))}
    </tbody>
  </table>
);
