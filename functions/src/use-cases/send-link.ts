import { DomainError, type Language } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { messagesIn, post, siteLink } from '../messages/index.ts';
import type { ChannelName, LinkRecord } from '../consultation/record.ts';
import { hashSecret } from '../secrets.ts';

type Deps = Pick<Dependencies, 'store' | 'ids' | 'notifier' | 'timers' | 'settings'>;

export interface LinkToSend {
  readonly consultationId: string;
  readonly participantId: string;
  readonly channel: ChannelName;
  readonly destination: string;
  readonly sentTo: string;
  readonly hostName: string;
  /** What the message (and the page the link opens) is written in. */
  readonly language: Language;
  readonly now: Date;
  /** An appointment's link opens and lapses with the appointment, not `linkTtlSeconds` after sending. */
  readonly window?: { readonly validFrom: Date; readonly expiresAt: Date };
  /** Asked into a call under way (not the person the consultation is for): their own words. */
  readonly joiningCall?: boolean;
}

/**
 * A new single-use link: the token is made here, stored only as its hash, put in the message
 * and forgotten. Answers the link record for the consultation to keep.
 */
export const issueLink = async (deps: Pick<Deps, 'store' | 'ids' | 'settings'>, request: LinkToSend): Promise<{ link: LinkRecord; token: string }> => {
  const token = deps.ids.token();
  const expiresAt = request.window?.expiresAt ?? new Date(request.now.getTime() + deps.settings.linkTtlSeconds * 1000);
  const link: LinkRecord = {
    id: deps.ids.id(),
    participantId: request.participantId,
    channel: request.channel,
    destination: request.destination,
    sentTo: request.sentTo,
    createdAt: request.now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    status: 'issued',
    attempts: 0,
    ...(request.window && { validFrom: request.window.validFrom.toISOString() }),
    language: request.language,
  };
  const pointer = { consultationId: request.consultationId, linkId: link.id, participantId: request.participantId };
  await deps.store.access.addLink(hashSecret(token), pointer, expiresAt);
  return { link, token };
};

/** Once the consultation holds the link: arm its expiry and send the message. */
export const deliverLink = async (
  deps: Deps,
  request: LinkToSend,
  issued: { link: LinkRecord; token: string },
): Promise<void> => {
  await deps.timers.start({
    kind: 'link-expiry',
    id: `${request.consultationId}.${issued.link.id}`,
    dueAt: issued.link.expiresAt,
  });
  const minutes = Math.max(1, Math.round(deps.settings.linkTtlSeconds / 60));
  const url = siteLink(deps.settings, 'join', issued.token, request.language);
  const letters = await messagesIn(request.language);
  try {
    await deps.notifier.send(
      post(
        request.channel,
        request.destination,
        letters[request.joiningCall ? 'joinCall' : 'consultNow']({
          organisationName: deps.settings.organisationName,
          hostName: request.hostName,
          url,
          minutes,
        }),
      ),
    );
  } catch {
    throw new DomainError('delivery-failed', `The ${request.channel === 'sms' ? 'text message' : 'email'} could not be sent. Check the details and use Resend.`);
  }
};
