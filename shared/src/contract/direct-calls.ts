import { paths } from '../paths.ts';
import { PatientPath } from '../schemas/patients.ts';
import { DirectCall, DirectCallPath } from '../schemas/appointments.ts';
import { type Operation, operation } from './operation.ts';

/** The clinician’s side of Call Patient. */
export const directCallOperations = {
  callPatient: operation({
    id: 'callPatient',
    method: 'POST',
    path: paths.callPatient,
    auth: 'staff',
    summary: 'Call Patient: ring the patient’s open portal',
    params: PatientPath,
    response: DirectCall,
    status: 201,
  }),
  getDirectCall: operation({
    id: 'getDirectCall',
    method: 'GET',
    path: paths.getDirectCall,
    auth: 'staff',
    summary: 'A direct call and how it went (ringing, accepted, declined, no answer, no network)',
    params: DirectCallPath,
    response: DirectCall,
    status: 200,
  }),
  cancelDirectCall: operation({
    id: 'cancelDirectCall',
    method: 'POST',
    path: paths.cancelDirectCall,
    auth: 'staff',
    summary: 'Hang up before the patient answers',
    params: DirectCallPath,
    response: DirectCall,
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
