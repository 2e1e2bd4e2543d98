import { z } from 'zod';
import { paths } from './paths.ts';
import { Health } from './schemas/common.ts';
import { DeviceCheck } from './schemas/device-check.ts';
import { EventTicketRequest } from './schemas/events.ts';
import {
  AdmitRequest,
  Consultation,
  ConsultationList,
  ConsultationPath,
  ConsultationQuery,
  ConsultNowRequest,
  ConsultNowResponse,
  EndRequest,
  ExtendLinkRequest,
  InviteRequest,
  FeedbackRequest,
  LinkPath,
  LinkResponse,
  MediaCredentials,
} from './schemas/consultations.ts';
import { EventTicket, JoinRequest, JoinResponse, SessionResponse, VerifyRequest, VerifyResponse } from './schemas/join.ts';
import { NewPatient, Patient, PatientList, PatientPath, PatientSearch } from './schemas/patients.ts';

export type Auth = 'public' | 'staff' | 'participant' | 'staff-or-participant';
export type Method = 'GET' | 'POST';

/** One public operation of API v1: its path, who may call it and the shapes it takes and gives. */
export interface Operation {
  readonly id: string;
  readonly method: Method;
  readonly path: `/api/${string}`;
  readonly auth: Auth;
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  readonly status: 200 | 201;
}

const operation = <const O extends Operation>(o: O): O => o;

export const operations = {
  health: operation({
    id: 'health',
    method: 'GET',
    path: paths.health,
    auth: 'public',
    summary: 'Is the service up, and where is it running',
    response: Health,
    status: 200,
  }),
  openApi: operation({
    id: 'openApi',
    method: 'GET',
    path: paths.openApi,
    auth: 'public',
    summary: 'This document',
    response: z.record(z.string(), z.unknown()),
    status: 200,
  }),
  createPatient: operation({
    id: 'createPatient',
    method: 'POST',
    path: paths.createPatient,
    auth: 'staff',
    summary: 'Add a patient to the directory',
    body: NewPatient,
    response: Patient,
    status: 201,
  }),
  searchPatients: operation({
    id: 'searchPatients',
    method: 'GET',
    path: paths.searchPatients,
    auth: 'staff',
    summary:
      'The directory A–Z a page at a time, or the patients matching a name, a date of birth (YYYY-MM-DD or DD/MM/YYYY) or a mobile number',
    query: PatientSearch,
    response: PatientList,
    status: 200,
  }),
  getPatient: operation({
    id: 'getPatient',
    method: 'GET',
    path: paths.getPatient,
    auth: 'staff',
    summary: 'One patient',
    params: PatientPath,
    response: Patient,
    status: 200,
  }),
  consultNow: operation({
    id: 'consultNow',
    method: 'POST',
    path: paths.consultNow,
    auth: 'staff',
    summary: 'Start a Consult Now consultation and send its single-use link',
    body: ConsultNowRequest,
    response: ConsultNowResponse,
    status: 201,
  }),
  extendLink: operation({
    id: 'extendLink',
    method: 'POST',
    path: paths.extendLink,
    auth: 'staff',
    summary: 'Give the recipient more time to open a link',
    params: LinkPath,
    body: ExtendLinkRequest,
    response: LinkResponse,
    status: 200,
  }),
  revokeLink: operation({
    id: 'revokeLink',
    method: 'POST',
    path: paths.revokeLink,
    auth: 'staff',
    summary: 'Withdraw a link',
    params: LinkPath,
    response: LinkResponse,
    status: 200,
  }),
  resendLink: operation({
    id: 'resendLink',
    method: 'POST',
    path: paths.resendLink,
    auth: 'staff',
    summary: 'Send a fresh link to the same person; the old one stops working',
    params: LinkPath,
    response: LinkResponse,
    status: 201,
  }),
  join: operation({
    id: 'join',
    method: 'POST',
    path: paths.join,
    auth: 'public',
    summary: 'Open a link: says what the person must do next',
    body: JoinRequest,
    response: JoinResponse,
    status: 200,
  }),
  verify: operation({
    id: 'verify',
    method: 'POST',
    path: paths.verify,
    auth: 'public',
    summary: 'Confirm identity (date of birth, or a name for someone not on record) and enter the waiting room',
    body: VerifyRequest,
    response: VerifyResponse,
    status: 200,
  }),
  session: operation({
    id: 'session',
    method: 'GET',
    path: paths.session,
    auth: 'participant',
    summary: 'Where the participant stands: waiting, admitted or left',
    response: SessionResponse,
    status: 200,
  }),
  listConsultations: operation({
    id: 'listConsultations',
    method: 'GET',
    path: paths.listConsultations,
    auth: 'staff',
    summary: 'Dashboard: your consultations with their participants and links',
    query: ConsultationQuery,
    response: ConsultationList,
    status: 200,
  }),
  getConsultation: operation({
    id: 'getConsultation',
    method: 'GET',
    path: paths.getConsultation,
    auth: 'staff',
    summary: 'One consultation',
    params: ConsultationPath,
    response: Consultation,
    status: 200,
  }),
  admit: operation({
    id: 'admit',
    method: 'POST',
    path: paths.admit,
    auth: 'staff',
    summary: 'Admit a participant from the waiting room',
    params: ConsultationPath,
    body: AdmitRequest,
    response: Consultation,
    status: 200,
  }),
  media: operation({
    id: 'media',
    method: 'POST',
    path: paths.media,
    auth: 'staff-or-participant',
    summary: 'Credentials to join the call media',
    params: ConsultationPath,
    response: MediaCredentials,
    status: 200,
  }),
  endConsultation: operation({
    id: 'endConsultation',
    method: 'POST',
    path: paths.endConsultation,
    auth: 'staff',
    summary: 'End the consultation and record its outcome',
    params: ConsultationPath,
    body: EndRequest,
    response: Consultation,
    status: 200,
  }),
  invite: operation({
    id: 'invite',
    method: 'POST',
    path: paths.invite,
    auth: 'staff',
    summary: 'Invite an interpreter, support person or colleague into the consultation with their own single-use link',
    params: ConsultationPath,
    body: InviteRequest,
    response: ConsultNowResponse,
    status: 201,
  }),
  encounter: operation({
    id: 'encounter',
    method: 'GET',
    path: paths.encounter,
    auth: 'staff',
    summary: 'The FHIR R4 Encounter of a completed consultation',
    params: ConsultationPath,
    response: z.record(z.string(), z.unknown()).meta({ id: 'FhirEncounter', description: 'FHIR R4 Encounter resource' }),
    status: 200,
  }),
  deviceCheck: operation({
    id: 'deviceCheck',
    method: 'POST',
    path: paths.deviceCheck,
    auth: 'participant',
    summary: 'Report the device check (camera, microphone, speaker, connection) so the clinician sees it',
    body: DeviceCheck,
    response: z.object({ ok: z.literal(true) }),
    status: 200,
  }),
  leave: operation({
    id: 'leave',
    method: 'POST',
    path: paths.leave,
    auth: 'participant',
    summary: 'Leave the call (closing the page); opening the link session again rejoins the waiting room',
    response: z.object({ ok: z.literal(true) }),
    status: 200,
  }),
  feedback: operation({
    id: 'feedback',
    method: 'POST',
    path: paths.feedback,
    auth: 'participant',
    summary: 'The participant answers "did you have technical problems?"',
    body: FeedbackRequest,
    response: z.object({ ok: z.literal(true) }),
    status: 200,
  }),
  eventTicket: operation({
    id: 'eventTicket',
    method: 'POST',
    path: paths.eventTicket,
    auth: 'staff-or-participant',
    summary:
      'A short-lived, single-use ticket to open the events WebSocket (/api/events?ticket=…); staff may name a consultation to hear it (and signal in its call)',
    body: EventTicketRequest,
    response: EventTicket,
    status: 201,
  }),
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
