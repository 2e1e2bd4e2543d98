import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Notifier } from '#ports';

export interface NotifierConfig {
  /** A verified SES identity, e.g. "Clinicall <consult@clinic.example>". */
  readonly emailFrom: string;
  /** Shown as the sender where the country allows alphanumeric sender ids. */
  readonly smsSenderId?: string;
  readonly smsOriginationNumber?: string;
}

/** `Display Name <address>`, the name optionally quoted. */
const fromHeader = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/;

/**
 * SES takes a From header as written: a display name outside ASCII ("Vårdcentralen Norr") must
 * be a MIME encoded-word (RFC 2047), or SES refuses the message. The address stays as it is.
 */
export const encodedFrom = (from: string): string => {
  const parts = fromHeader.exec(from);
  if (!parts || /^[\x20-\x7e]*$/.test(parts[1]!)) return from;
  return `${encodedDisplayName(parts[1]!)} <${parts[2]}>`;
};

/** The display name of a From header (`"Zoë Ó" <video@clinic.example>` → Zoë Ó); none for a bare address. */
export const displayNameOf = (from: string): string | undefined => fromHeader.exec(from)?.[1] || undefined;

/** A display name as a From header may carry it: as is in ASCII, else an RFC 2047 encoded-word. */
export const encodedDisplayName = (name: string): string =>
  /^[\x20-\x7e]*$/.test(name) ? name : `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;

/** SMS through SNS (transactional: links are time-critical), email through SES. */
export const awsNotifier = (sns: SNSClient, ses: SESv2Client, config: NotifierConfig): Notifier => ({
  async send(message) {
    if (message.channel === 'sms') {
      await sns.send(
        new PublishCommand({
          PhoneNumber: message.to,
          Message: message.body,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
            ...(config.smsSenderId && {
              'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: config.smsSenderId },
            }),
            ...(config.smsOriginationNumber && {
              'AWS.MM.SMS.OriginationNumber': { DataType: 'String', StringValue: config.smsOriginationNumber },
            }),
          },
        }),
      );
      return;
    }
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: encodedFrom(config.emailFrom),
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject ?? 'Your video consultation', Charset: 'UTF-8' },
            Body: { Text: { Data: message.body, Charset: 'UTF-8' } },
          },
        },
      }),
    );
  },
});
