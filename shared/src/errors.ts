/**
 * Every error a caller can cause, with the HTTP status it maps to.
 * The API answers `{error: <code>, message}`; codes are part of the public contract.
 */
export const errorStatus = {
  'invalid-json': 400,
  'invalid-request': 400,
  'unauthorized': 401,
  'verification-failed': 401,
  'forbidden': 403,
  'not-found': 404,
  'link-invalid': 404,
  'method-not-allowed': 405,
  'conflict': 409,
  'illegal-transition': 409,
  'participant-limit': 409,
  /** A patient with a consultation still open cannot be erased until it is over. */
  'consultation-open': 409,
  /** The room's media is full (a local P2P room holds 6 people with camera and microphone). */
  'room-full': 409,
  /** Too early: an appointment's link or waiting room opens 30 minutes before it starts (`opensAt`). */
  'not-open-yet': 409,
  'link-expired': 410,
  'link-used': 410,
  'link-revoked': 410,
  'link-locked': 410,
  /** The consultation is over: its sessions hear and relay nothing more. */
  'consultation-ended': 410,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  /** The request named a host this server does not answer for (DNS rebinding). */
  'misdirected': 421,
  /** Too many sign-in attempts: wait `retryAfterSeconds`. */
  'too-many-attempts': 429,
  'internal': 500,
  'delivery-failed': 502,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** A rule of the clinic was broken; carries the public code and a message a person can read. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
