import type { Message } from '#ports';
import type { ChannelName } from '../consultation/record.ts';

/**
 * What patients and the extra people of an appointment are sent. Every message to a patient
 * carries a link into their portal; the time is the wall clock where it was agreed, zone named.
 * No message names the patient or their date of birth.
 */

interface About {
  readonly organisationName: string;
  readonly clinicianName: string;
  /** e.g. "Monday 30 March 2026 at 09:00 (Europe/London time)" */
  readonly when: string;
}

const letter = (channel: ChannelName, to: string, subject: string, sms: string, lines: string[]): Message =>
  channel === 'sms' ? { channel, to, body: sms } : { channel, to, subject, body: lines.join('\n') };

export const proposalMessage = (
  channel: ChannelName,
  to: string,
  about: About & { durationMinutes: number; portalUrl: string; rescheduled: boolean },
): Message => {
  const { organisationName, clinicianName, when, durationMinutes, portalUrl, rescheduled } = about;
  const what = rescheduled ? 'a new time for your video appointment' : 'a video appointment';
  return letter(
    channel,
    to,
    rescheduled ? `New time proposed for your video appointment` : `${clinicianName} proposes a video appointment`,
    `${organisationName}: ${clinicianName} proposes ${what} on ${when}. Accept or decline: ${portalUrl}`,
    [
      `${clinicianName} at ${organisationName} proposes ${what}:`,
      '',
      `${when}, ${durationMinutes} minutes.`,
      '',
      'Please accept or decline it in your patient portal:',
      portalUrl,
      '',
      'You will be asked to confirm your date of birth.',
    ],
  );
};

export const cancellationMessage = (
  channel: ChannelName,
  to: string,
  about: About & { portalUrl: string; reason?: string | undefined },
): Message => {
  const { organisationName, clinicianName, when, portalUrl, reason } = about;
  return letter(
    channel,
    to,
    'Your video appointment is cancelled',
    `${organisationName}: your video appointment with ${clinicianName} on ${when} is cancelled. ${portalUrl}`,
    [
      `Your video appointment with ${clinicianName} at ${organisationName} on ${when} is cancelled.`,
      ...(reason ? ['', reason] : []),
      '',
      'Your appointments are in your patient portal:',
      portalUrl,
    ],
  );
};

export const reminderMessage = (
  channel: ChannelName,
  to: string,
  about: About & { joinUrl?: string | undefined; portalUrl: string },
): Message => {
  const { organisationName, clinicianName, when, joinUrl, portalUrl } = about;
  const door = joinUrl ?? portalUrl;
  return letter(
    channel,
    to,
    `Reminder: video appointment ${when}`,
    `${organisationName}: reminder, video appointment with ${clinicianName} on ${when}. Join from 30 min before: ${door}`,
    [
      `A reminder of your video appointment with ${clinicianName} at ${organisationName}:`,
      '',
      when,
      '',
      'From 30 minutes before, open this link on a phone or computer with a camera, confirm your date of birth and wait to be let in:',
      door,
      ...(joinUrl ? ['', 'Your appointments are also in your patient portal:', portalUrl] : []),
    ],
  );
};

export const extraInvitationMessage = (channel: ChannelName, to: string, about: About & { joinUrl: string }): Message => {
  const { organisationName, clinicianName, when, joinUrl } = about;
  return letter(
    channel,
    to,
    `Invitation: video appointment ${when}`,
    `${organisationName}: you are invited to a video appointment with ${clinicianName} on ${when}. Opens 30 min before: ${joinUrl}`,
    [
      `You are invited to join a video appointment with ${clinicianName} at ${organisationName}:`,
      '',
      when,
      '',
      'The link opens 30 minutes before; you will give your name, then wait to be let in:',
      joinUrl,
      '',
      'The link works once. If you did not expect this message, you can ignore it.',
    ],
  );
};

export const extraCancellationMessage = (channel: ChannelName, to: string, about: About): Message => {
  const { organisationName, clinicianName, when } = about;
  return letter(
    channel,
    to,
    'Video appointment cancelled or moved',
    `${organisationName}: the video appointment with ${clinicianName} on ${when} is cancelled or moved; your link no longer works.`,
    [
      `The video appointment with ${clinicianName} at ${organisationName} on ${when} is cancelled or moved.`,
      '',
      'The link you were sent no longer works. If the appointment is moved, you will be sent a new one.',
    ],
  );
};

export const missedCallMessage = (
  channel: ChannelName,
  to: string,
  about: { organisationName: string; clinicianName: string; portalUrl: string },
): Message => {
  const { organisationName, clinicianName, portalUrl } = about;
  return letter(
    channel,
    to,
    `Missed video call from ${clinicianName}`,
    `${organisationName}: you missed a video call from ${clinicianName}. Book an appointment: ${portalUrl}`,
    [
      `${clinicianName} at ${organisationName} tried to reach you by video call.`,
      '',
      'You can ask for an appointment at a time that suits you in your patient portal:',
      portalUrl,
    ],
  );
};
