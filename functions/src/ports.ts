import type { Patient } from '@clinicall/shared';

/** Time, injected so rules about expiry can be tested at any instant. */
export interface Clock {
  now(): Date;
}

/** Identifiers and secrets. Tokens are ≥128 bits from a CSPRNG. */
export interface Ids {
  id(): string;
  token(): string;
}

export interface PatientRepository {
  /** Fails with `conflict` if the id is taken. */
  add(patient: Patient): Promise<void>;
  get(id: string): Promise<Patient | undefined>;
  /** Patients with a given or family name starting with `prefix` (normalised, ≥2 letters). */
  findByNamePrefix(prefix: string, limit: number): Promise<Patient[]>;
  findByDateOfBirth(dateOfBirth: string, limit: number): Promise<Patient[]>;
  findByMobile(e164: string, limit: number): Promise<Patient[]>;
  /** The directory in family-name order; `cursor` continues from the previous page. */
  list(limit: number, cursor?: string): Promise<{ patients: Patient[]; next?: string }>;
}

/** The one store: DynamoDB in AWS, the same adapter on dynalite locally. */
export interface Store {
  readonly patients: PatientRepository;
}

export interface Dependencies {
  readonly mode: 'local' | 'aws';
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: Ids;
}
