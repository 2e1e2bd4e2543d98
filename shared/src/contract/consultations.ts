import * as z from '../schemas/zod.ts';
import { paths } from '../paths.ts';
import {
  AdmitRequest,
  AdmitResponse,
  Consultation,
  ConsultationList,
  ConsultationPath,
  ConsultationQuery,
  ConsultNowResponse,
  EndRequest,
  MediaCredentials,
  MediaQuery,
} from '../schemas/consultations.ts';
import { ConsultNowRequest, InviteRequest } from '../schemas/consultation-invites.ts';
import { type Operation, operation } from './operation.ts';

/** The clinician’s consultations: start, list, admit, media, end, invite, the encounter. */
export const consultationOperations = {
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
    summary: 'Admit one person from the waiting room, several (`participantIds`), or everyone waiting (`all`)',
    params: ConsultationPath,
    body: AdmitRequest,
    response: AdmitResponse,
    status: 200,
  }),
  media: operation({
    id: 'media',
    method: 'POST',
    path: paths.media,
    auth: 'staff-or-participant',
    summary: 'Credentials to join the media of one room of the call (the main room unless named)',
    params: ConsultationPath,
    query: MediaQuery,
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
    summary:
      'Invite an interpreter, support person or colleague into the consultation with their own single-use link',
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
    response: z
      .record(z.string(), z.unknown())
      .register(z.globalRegistry, { id: 'FhirEncounter', description: 'FHIR R4 Encounter resource' }),
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
