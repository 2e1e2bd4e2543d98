import { DomainError, maskEmail, maskMobile, type Patient } from '@clinicall/shared';
import type { Dependencies, Message } from '#ports';
import type { ChannelName } from '../consultation/record.ts';
import { logger } from '../logger.ts';

export interface Destination {
  readonly channel: ChannelName;
  readonly address: string;
  readonly sentTo: string;
}

const to = (channel: ChannelName, address: string): Destination => ({
  channel,
  address,
  sentTo: channel === 'sms' ? maskMobile(address) : maskEmail(address),
});

/**
 * How a patient hears of appointments: by email unless SMS is asked for, or there is no email
 * address (email is cheaper and none of it is urgent). A channel asked for must be on record.
 */
export const patientChannel = (patient: Pick<Patient, 'mobile' | 'email'>, requested?: ChannelName): ChannelName => {
  if (requested === 'sms' && !patient.mobile) {
    throw new DomainError('invalid-request', 'There is no mobile number on record for this patient. Send by email, or add a number.');
  }
  if (requested === 'email' && !patient.email) {
    throw new DomainError('invalid-request', 'There is no email address on record for this patient. Send by SMS, or add an address.');
  }
  if (requested) return requested;
  if (patient.email) return 'email';
  if (patient.mobile) return 'sms';
  throw new DomainError('invalid-request', 'There is no email address or mobile number on record for this patient to be told.');
};

/** Where a message to the patient goes now: the chosen channel, or the other if that detail was removed since. */
export const patientDestination = (patient: Pick<Patient, 'mobile' | 'email'>, preferred: ChannelName): Destination | undefined => {
  const address = preferred === 'sms' ? patient.mobile : patient.email;
  if (address) return to(preferred, address);
  if (patient.email) return to('email', patient.email);
  if (patient.mobile) return to('sms', patient.mobile);
  return undefined;
};

/**
 * A message whose failure must not undo what was already recorded (a reminder, a missed-call
 * notice, a cancellation): a failure is logged by kind, never with the address or the text.
 */
export const sendQuietly = async (deps: Pick<Dependencies, 'notifier'>, kind: string, message: Message | undefined) => {
  if (!message) return;
  try {
    await deps.notifier.send(message);
  } catch (error) {
    logger.warn('message not sent', { kind, channel: message.channel, error: error instanceof Error ? error.name : 'unknown' });
  }
};

/** A message the caller must hear failed: the record stands, the words say what to do. */
export const sendOrExplain = async (deps: Pick<Dependencies, 'notifier'>, message: Message, whatStands: string) => {
  try {
    await deps.notifier.send(message);
  } catch {
    throw new DomainError(
      'delivery-failed',
      `${whatStands}, but the ${message.channel === 'sms' ? 'text message' : 'email'} could not be sent. Check the patient's details and try again.`,
    );
  }
};
