import { maxVerificationAttempts } from './lifecycle/link.ts';

/**
 * The five kinds of consultation and their rules, as data. Everything that differs between
 * call types is read from here; nothing else hard-codes a limit.
 */
export const callTypeIds = [
  'individual-appointment',
  'consult-now',
  'direct-call',
  'group-consultation',
  'meeting-room',
] as const;
export type CallTypeId = (typeof callTypeIds)[number];

export const participantRoles = [
  'clinician',
  'patient',
  'interpreter',
  'support-person',
  'colleague',
  'moderator',
  'guest',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export type Verification = 'date-of-birth' | 'name' | 'none';

export interface CallTypePolicy {
  readonly id: CallTypeId;
  readonly label: string;
  readonly clinical: boolean;
  readonly scheduled: boolean;
  /** People besides the host. */
  readonly maxGuests: number;
  /** Extra people (interpreter, support person, colleague) besides host and main guest. */
  readonly maxExtras: number;
  readonly maxDurationMinutes: number | null;
  readonly link: {
    readonly singleUse: boolean;
    /** Minutes the link stays valid after sending; null when bound to the appointment time. */
    readonly validMinutes: number | null;
    readonly extendable: boolean;
    readonly maxExtensionMinutes: number;
  };
  /** How a guest on record proves who they are; someone not on record gives their name instead. */
  readonly verification: Verification;
  /** Wrong answers before a link is locked for good. */
  readonly maxVerificationAttempts: number;
  /** Guests wait until the host admits them; without one they are let in when they arrive. */
  readonly waitingRoom: boolean;
  readonly defaultChannel: 'sms' | 'email';
  readonly warning?: string;
}

/** How long a Consult Now link works after sending, unless the organisation sets its own. */
const consultNowLinkMinutes = 5;

/** The default of CLINICALL_LINK_TTL_SECONDS: what the server enforces and the console tells when not configured. */
export const defaultLinkTtlSeconds = consultNowLinkMinutes * 60;

export const callTypes: Readonly<Record<CallTypeId, CallTypePolicy>> = {
  'individual-appointment': {
    id: 'individual-appointment',
    label: 'Individual appointment',
    clinical: true,
    scheduled: true,
    maxGuests: 4,
    maxExtras: 3,
    maxDurationMinutes: null,
    link: { singleUse: true, validMinutes: null, extendable: false, maxExtensionMinutes: 0 },
    verification: 'date-of-birth',
    maxVerificationAttempts,
    waitingRoom: true,
    defaultChannel: 'email',
  },
  'consult-now': {
    id: 'consult-now',
    label: 'Consult Now',
    clinical: true,
    scheduled: false,
    maxGuests: 4,
    maxExtras: 3,
    maxDurationMinutes: null,
    link: { singleUse: true, validMinutes: consultNowLinkMinutes, extendable: true, maxExtensionMinutes: 60 },
    verification: 'date-of-birth',
    maxVerificationAttempts,
    waitingRoom: true,
    defaultChannel: 'sms',
  },
  'direct-call': {
    id: 'direct-call',
    label: 'Direct call',
    clinical: true,
    scheduled: false,
    maxGuests: 1,
    maxExtras: 0,
    maxDurationMinutes: null,
    link: { singleUse: true, validMinutes: null, extendable: false, maxExtensionMinutes: 0 },
    verification: 'none',
    maxVerificationAttempts,
    waitingRoom: false,
    defaultChannel: 'sms',
  },
  'group-consultation': {
    id: 'group-consultation',
    label: 'Group consultation',
    clinical: true,
    scheduled: true,
    maxGuests: 60,
    maxExtras: 0,
    maxDurationMinutes: 240,
    link: { singleUse: true, validMinutes: null, extendable: false, maxExtensionMinutes: 0 },
    verification: 'date-of-birth',
    maxVerificationAttempts,
    waitingRoom: true,
    defaultChannel: 'email',
  },
  'meeting-room': {
    id: 'meeting-room',
    label: 'Meeting room',
    clinical: false,
    scheduled: false,
    maxGuests: 5,
    maxExtras: 0,
    maxDurationMinutes: null,
    link: { singleUse: false, validMinutes: null, extendable: false, maxExtensionMinutes: 0 },
    verification: 'name',
    maxVerificationAttempts,
    waitingRoom: false,
    defaultChannel: 'email',
    warning: 'Not for clinical use: anyone with the link can enter this room.',
  },
};

/** Total people allowed in a consultation of this type, host included. */
export const capacityOf = (type: CallTypeId): number => callTypes[type].maxGuests + 1;
