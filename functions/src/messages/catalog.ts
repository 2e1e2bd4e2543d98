/**
 * Everything Clinicall writes to patients and the people they bring (SMS and email), one
 * catalog per language with the same entries (en.ts, sv.ts). Staff texts (Cognito) stay English.
 * No entry names the patient or their date of birth.
 */

/** One message in both forms: the SMS, and the email's subject and lines. */
export interface Letter {
  readonly sms: string;
  readonly subject: string;
  readonly lines: readonly string[];
}

export interface Invitation {
  readonly organisationName: string;
  readonly hostName: string;
  readonly url: string;
  readonly minutes: number;
}

export interface About {
  readonly organisationName: string;
  readonly clinicianName: string;
  /** From `when` of the same catalog, e.g. "Monday 30 March 2026 at 09:00 (Europe/London time)". */
  readonly when: string;
}

export interface Catalog {
  /** The time of an appointment as a message tells it: the wall clock where it was agreed, zone named. */
  when(instant: Date, timeZone: string): string;
  /** A Consult Now link: someone is ready to see you now. */
  consultNow(invitation: Invitation): Letter;
  /** Someone invited into a call under way (an interpreter, a support person, a colleague): who asks them to join. */
  joinCall(invitation: Invitation): Letter;
  /** A meeting room's guest link, sent by a member: not for clinical use, anyone with it can enter. */
  meetingRoom(invitation: { organisationName: string; senderName: string; roomName: string; url: string }): Letter;
  proposal(about: About & { durationMinutes: number; portalUrl: string; rescheduled: boolean }): Letter;
  cancellation(about: About & { portalUrl: string; reason?: string | undefined }): Letter;
  reminder(about: About & { joinUrl?: string | undefined; portalUrl: string }): Letter;
  extraInvitation(about: About & { joinUrl: string }): Letter;
  /**
   * Someone registered for a group session: their own link, open from 30 minutes before. The
   * session's title is in the email only (an SMS shows on a locked screen); `proof` says what they
   * will be asked.
   */
  groupRegistration(about: About & { title: string; joinUrl: string; proof: 'date-of-birth' | 'name' }): Letter;
  extraCancellation(about: About): Letter;
  missedCall(about: { organisationName: string; clinicianName: string; portalUrl: string }): Letter;
}
