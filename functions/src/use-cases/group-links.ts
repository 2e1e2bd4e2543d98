import { DomainError, type Language, type Verification } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import type { ConsultationRecord, LinkRecord } from '../consultation/record.ts';
import { messagesIn, post, siteLink } from '../messages/index.ts';

/** A group session's links: sent on registration, and again by Resend (links.ts), in the same words and window. */

/** People may come in from this long before the session starts. */
const opensMinutesBefore = 30;

/** From 30 minutes before the session starts until it ends: a registration's link, and any resent. */
export const registrationWindow = (record: Pick<ConsultationRecord, 'scheduledFor' | 'createdAt' | 'endsAt'>) => {
  const startsAt = new Date(record.scheduledFor ?? record.createdAt);
  return {
    validFrom: new Date(startsAt.getTime() - opensMinutesBefore * 60_000),
    expiresAt: new Date(record.endsAt ?? startsAt.toISOString()),
  };
};

/**
 * Once the session holds the link: its expiry is armed and the person is written to, with the
 * session's time and what they will be asked. A failure to send leaves the registration (Resend).
 */
export const deliverRegistration = async (
  deps: Pick<Dependencies, 'timers' | 'notifier' | 'settings'>,
  record: ConsultationRecord,
  sent: { link: LinkRecord; token: string; destination: string; language: Language; proof: Verification },
) => {
  const { link, token, language } = sent;
  await deps.timers.start({ kind: 'link-expiry', id: `${record.id}.${link.id}`, dueAt: link.expiresAt });
  const startsAt = new Date(record.scheduledFor ?? record.createdAt);
  const letters = await messagesIn(language);
  try {
    await deps.notifier.send(
      post(
        link.channel,
        sent.destination,
        letters.groupRegistration({
          organisationName: deps.settings.organisationName,
          clinicianName: record.hostName,
          when: letters.when(startsAt, deps.settings.timeZone),
          title: record.title ?? '',
          joinUrl: siteLink(deps.settings, 'join', token, language),
          proof: sent.proof === 'date-of-birth' ? 'date-of-birth' : 'name',
        }),
      ),
    );
  } catch {
    throw new DomainError(
      'delivery-failed',
      `The ${link.channel === 'sms' ? 'text message' : 'email'} could not be sent. Check the details and use Resend.`,
    );
  }
};
