import type { Message } from '#ports';
import type { ChannelName } from './record.ts';

interface Invitation {
  readonly organisationName: string;
  readonly hostName: string;
  readonly url: string;
  readonly minutes: number;
}

/** The Consult Now invitation, short enough for one SMS segment where the URL allows. */
export const consultNowMessage = (channel: ChannelName, to: string, invitation: Invitation): Message => {
  const { organisationName, hostName, url, minutes } = invitation;
  if (channel === 'sms') {
    return {
      channel,
      to,
      body: `${organisationName}: ${hostName} is ready to see you by video. Open within ${minutes} min: ${url}`,
    };
  }
  return {
    channel,
    to,
    subject: `${hostName} is ready to see you by video`,
    body: [
      `${hostName} at ${organisationName} is ready to see you now by video.`,
      '',
      `Open this link within ${minutes} minutes, on a phone or computer with a camera:`,
      url,
      '',
      'You will be asked to confirm your date of birth, then wait until you are let in.',
      'If you did not expect this message, you can ignore it.',
    ].join('\n'),
  };
};
