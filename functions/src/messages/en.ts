import { describeWallClock } from '@clinicall/shared';
import type { Catalog } from './catalog.ts';

export const en: Catalog = {
  when: describeWallClock,

  consultNow: ({ organisationName, hostName, url, minutes }) => ({
    sms: `${organisationName}: ${hostName} is ready to see you by video. Open within ${minutes} min: ${url}`,
    subject: `${hostName} is ready to see you by video`,
    lines: [
      `${hostName} at ${organisationName} is ready to see you now by video.`,
      '',
      `Open this link within ${minutes} minutes, on a phone or computer with a camera:`,
      url,
      '',
      'You will be asked to confirm your date of birth, then wait until you are let in.',
      'If you did not expect this message, you can ignore it.',
    ],
  }),

  joinCall: ({ organisationName, hostName, url, minutes }) => ({
    sms: `${organisationName}: ${hostName} invites you to join a video consultation now. Open within ${minutes} min: ${url}`,
    subject: `${hostName} invites you to join a video consultation`,
    lines: [
      `${hostName} at ${organisationName} invites you to join a video consultation that is happening now.`,
      '',
      `Open this link within ${minutes} minutes, on a phone or computer with a camera:`,
      url,
      '',
      'You will be asked for your name before you join.',
      'If you did not expect this message, you can ignore it.',
    ],
  }),

  meetingRoom: ({ organisationName, senderName, roomName, url }) => ({
    sms: `${organisationName}: ${senderName} invites you to the meeting room "${roomName}": ${url} Not for clinical use.`,
    subject: `${senderName} invites you to the meeting room "${roomName}"`,
    lines: [
      `${senderName} at ${organisationName} invites you to the video meeting room "${roomName}".`,
      '',
      'Open this link on a phone or computer with a camera, and type your name to enter:',
      url,
      '',
      'Meeting rooms are not for clinical use: anyone who has the link can enter. Do not share personal health details in it.',
    ],
  }),

  proposal: ({ organisationName, clinicianName, when, durationMinutes, portalUrl, rescheduled }) => {
    const what = rescheduled ? 'a new time for your video appointment' : 'a video appointment';
    return {
      sms: `${organisationName}: ${clinicianName} proposes ${what} on ${when}. Accept or decline: ${portalUrl}`,
      subject: rescheduled ? 'New time proposed for your video appointment' : `${clinicianName} proposes a video appointment`,
      lines: [
        `${clinicianName} at ${organisationName} proposes ${what}:`,
        '',
        `${when}, ${durationMinutes} minutes.`,
        '',
        'Please accept or decline it in your patient portal:',
        portalUrl,
        '',
        'You will be asked to confirm your date of birth.',
      ],
    };
  },

  cancellation: ({ organisationName, clinicianName, when, portalUrl, reason }) => ({
    sms: `${organisationName}: your video appointment with ${clinicianName} on ${when} is cancelled. ${portalUrl}`,
    subject: 'Your video appointment is cancelled',
    lines: [
      `Your video appointment with ${clinicianName} at ${organisationName} on ${when} is cancelled.`,
      ...(reason ? ['', reason] : []),
      '',
      'Your appointments are in your patient portal:',
      portalUrl,
    ],
  }),

  reminder: ({ organisationName, clinicianName, when, joinUrl, portalUrl }) => {
    const door = joinUrl ?? portalUrl;
    return {
      sms: `${organisationName}: reminder, video appointment with ${clinicianName} on ${when}. Join from 30 min before: ${door}`,
      subject: `Reminder: video appointment ${when}`,
      lines: [
        `A reminder of your video appointment with ${clinicianName} at ${organisationName}:`,
        '',
        when,
        '',
        'From 30 minutes before, open this link on a phone or computer with a camera, confirm your date of birth and wait to be let in:',
        door,
        ...(joinUrl ? ['', 'Your appointments are also in your patient portal:', portalUrl] : []),
      ],
    };
  },

  extraInvitation: ({ organisationName, clinicianName, when, joinUrl }) => ({
    sms: `${organisationName}: you are invited to a video appointment with ${clinicianName} on ${when}. Opens 30 min before: ${joinUrl}`,
    subject: `Invitation: video appointment ${when}`,
    lines: [
      `You are invited to join a video appointment with ${clinicianName} at ${organisationName}:`,
      '',
      when,
      '',
      'The link opens 30 minutes before; you will give your name, then wait to be let in:',
      joinUrl,
      '',
      'The link works once. If you did not expect this message, you can ignore it.',
    ],
  }),

  groupRegistration: ({ organisationName, clinicianName, when, title, joinUrl, proof }) => ({
    sms: `${organisationName}: you are registered for a group video session with ${clinicianName} on ${when}. Opens 30 min before: ${joinUrl}`,
    subject: `Registered: group video session ${when}`,
    lines: [
      `You are registered for a group video session with ${clinicianName} at ${organisationName}:`,
      '',
      title,
      when,
      '',
      `The link opens 30 minutes before; you will ${proof === 'date-of-birth' ? 'confirm your date of birth' : 'give your name'}, then wait to be let in:`,
      joinUrl,
      '',
      'The link is yours alone and works once. If you did not expect this message, you can ignore it.',
    ],
  }),

  extraCancellation: ({ organisationName, clinicianName, when }) => ({
    sms: `${organisationName}: the video appointment with ${clinicianName} on ${when} is cancelled or moved; your link no longer works.`,
    subject: 'Video appointment cancelled or moved',
    lines: [
      `The video appointment with ${clinicianName} at ${organisationName} on ${when} is cancelled or moved.`,
      '',
      'The link you were sent no longer works. If the appointment is moved, you will be sent a new one.',
    ],
  }),

  missedCall: ({ organisationName, clinicianName, portalUrl }) => ({
    sms: `${organisationName}: you missed a video call from ${clinicianName}. Book an appointment: ${portalUrl}`,
    subject: `Missed video call from ${clinicianName}`,
    lines: [
      `${clinicianName} at ${organisationName} tried to reach you by video call.`,
      '',
      'You can ask for an appointment at a time that suits you in your patient portal:',
      portalUrl,
    ],
  }),
};
