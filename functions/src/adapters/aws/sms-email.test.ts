import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SendEmailCommand, SESv2Client, MessageRejected } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsNotifier, displayNameOf, encodedFrom } from './sms-email.ts';

const sns = mockClient(SNSClient);
const ses = mockClient(SESv2Client);

describe('the AWS notifier', () => {
  beforeEach(() => {
    sns.reset();
    ses.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    ses.on(SendEmailCommand).resolves({ MessageId: 'e-1' });
  });

  const notifier = (config: Parameters<typeof awsNotifier>[2] = { emailFrom: 'Clinic <video@clinic.example>' }) =>
    awsNotifier(new SNSClient({ region: 'eu-west-2' }), new SESv2Client({ region: 'eu-west-2' }), config);

  it('sends SMS straight to the number as Transactional (links are time-critical), with no email', async () => {
    await notifier().send({ channel: 'sms', to: '+447700900123', body: 'Join: https://x/join#t' });
    expect(sns.commandCalls(PublishCommand).map((call) => call.args[0].input)).toEqual([
      {
        PhoneNumber: '+447700900123',
        Message: 'Join: https://x/join#t',
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      },
    ]);
    expect(ses.calls()).toHaveLength(0);
  });

  it('names the sender id and origination number when the stage configures them', async () => {
    await notifier({ emailFrom: 'video@clinic.example', smsSenderId: 'Northside', smsOriginationNumber: '+447700900999' }).send({
      channel: 'sms',
      to: '+447700900123',
      body: 'hello',
    });
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input.MessageAttributes).toEqual({
      'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
      'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: 'Northside' },
      'AWS.MM.SMS.OriginationNumber': { DataType: 'String', StringValue: '+447700900999' },
    });
  });

  it('sends email from the configured identity, as plain UTF-8 text', async () => {
    await notifier().send({ channel: 'email', to: 'alex@example.org', subject: 'Your video consultation', body: 'Join here' });
    expect(ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input)).toEqual([
      {
        FromEmailAddress: 'Clinic <video@clinic.example>',
        Destination: { ToAddresses: ['alex@example.org'] },
        Content: {
          Simple: {
            Subject: { Data: 'Your video consultation', Charset: 'UTF-8' },
            Body: { Text: { Data: 'Join here', Charset: 'UTF-8' } },
          },
        },
      },
    ]);
    expect(sns.calls()).toHaveLength(0);
  });

  it('gives an email without a subject a default one', async () => {
    await notifier().send({ channel: 'email', to: 'alex@example.org', body: 'Join here' });
    expect(ses.commandCalls(SendEmailCommand)[0]!.args[0].input.Content?.Simple?.Subject?.Data).toBe('Your video consultation');
  });

  it('lets delivery failures reach the caller', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('Invalid parameter: PhoneNumber'), { name: 'InvalidParameterException' }));
    await expect(notifier().send({ channel: 'sms', to: '+1', body: 'x' })).rejects.toThrow('Invalid parameter: PhoneNumber');
    ses.on(SendEmailCommand).rejects(new MessageRejected({ message: 'Email address is not verified.', $metadata: {} }));
    await expect(notifier().send({ channel: 'email', to: 'a@b.example', body: 'x' })).rejects.toThrow('Email address is not verified.');
  });

  it('sends a display name outside ASCII as an RFC 2047 encoded-word, the address as it is', async () => {
    await notifier({ emailFrom: 'Vårdcentralen Norr <video@clinic.example>' }).send({ channel: 'email', to: 'alex@example.org', subject: 'Videobesök', body: 'Hej' });
    const [call] = ses.commandCalls(SendEmailCommand);
    expect(call!.args[0].input.FromEmailAddress).toBe('=?UTF-8?B?VsOlcmRjZW50cmFsZW4gTm9ycg==?= <video@clinic.example>');
    expect(encodedFrom('Clinic <video@clinic.example>')).toBe('Clinic <video@clinic.example>');
    expect(encodedFrom('video@clinic.example')).toBe('video@clinic.example');
    expect(encodedFrom('"Zoë Ó" <video@clinic.example>')).toBe(`=?UTF-8?B?${Buffer.from('Zoë Ó').toString('base64')}?= <video@clinic.example>`);
  });

  it('reads the display name of a From header, for Cognito to send staff mail under the same name', () => {
    expect(displayNameOf('"Zoë Ó" <video@clinic.example>')).toBe('Zoë Ó');
    expect(displayNameOf(' Northside Health  <video@clinic.example>')).toBe('Northside Health');
    expect(displayNameOf('<video@clinic.example>')).toBeUndefined();
    expect(displayNameOf('video@clinic.example')).toBeUndefined();
  });
});
