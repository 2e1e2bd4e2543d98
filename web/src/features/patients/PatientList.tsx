import { fullName, type Patient } from '@clinicall/shared';
import { formatDate, formatMobile } from './format.ts';

export const PatientList = ({ patients }: { patients: readonly Patient[] }) => (
  <table className="table">
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Date of birth</th>
        <th scope="col">Mobile</th>
        <th scope="col">Email</th>
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
        </tr>
      ))}
    </tbody>
  </table>
);
