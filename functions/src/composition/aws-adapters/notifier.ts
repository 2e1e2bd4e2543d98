import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from '#ports';
import { awsNotifier } from '#adapters/aws/sms-email';
import { required } from '../environment.ts';

/** SMS by SNS, email by SES, from the sender the stage configures. */
export const adapter = (): Notifier =>
  awsNotifier(new SNSClient({}), new SESv2Client({}), {
    emailFrom: required('CLINICALL_EMAIL_FROM'),
    ...(process.env.CLINICALL_SMS_SENDER_ID && { smsSenderId: process.env.CLINICALL_SMS_SENDER_ID }),
    ...(process.env.CLINICALL_SMS_ORIGINATION_NUMBER && {
      smsOriginationNumber: process.env.CLINICALL_SMS_ORIGINATION_NUMBER,
    }),
  });
