import {
  type Consultation,
  type ConsultNowRequest,
  DomainError,
  fullName,
  type LinkView,
  maskEmail,
  maskMobile,
  type Staff,
} from '@clinicall/shared';
import type { Dependencies } from '#ports';
import type { ChannelName } from '../consultation/record.ts';
import { toConsultationView, toLinkView } from '../consultation/record.ts';
import { unnamedGuest } from '../consultation/guest.ts';
import { announceConsultation } from './announce.ts';
import { openConsultation } from './open-consultation.ts';
import { deliverLink } from './send-link.ts';
import { requireGroup } from './staff-access.ts';

interface Destination {
  readonly channel: ChannelName;
  readonly address: string;
  readonly sentTo: string;
}

/**
 * Where the link goes. A one-off number or address wins over the record (and does not change
 * it); SMS is the organisation's default when a mobile is known, since the link lasts minutes.
 */
export const chooseDestination = (
  request: Pick<ConsultNowRequest, 'mobile' | 'email' | 'channel'>,
  onRecord: { mobile?: string | undefined; email?: string | undefined },
  preferred: ChannelName,
): Destination => {
  const mobile = request.mobile ?? onRecord.mobile;
  const email = request.email ?? onRecord.email;
  const channel: ChannelName =
    request.channel ??
    (request.mobile ? 'sms' : request.email ? 'email' : preferred === 'sms' ? (mobile ? 'sms' : 'email') : email ? 'email' : 'sms');
  if (channel === 'sms') {
    if (!mobile) throw new DomainError('invalid-request', 'There is no mobile number to text. Enter one, or send by email.');
    return { channel, address: mobile, sentTo: maskMobile(mobile) };
  }
  if (!email) throw new DomainError('invalid-request', 'There is no email address to write to. Enter one, or send by SMS.');
  return { channel, address: email, sentTo: maskEmail(email) };
};

export const consultNow = async (
  deps: Dependencies,
  staff: Staff,
  request: ConsultNowRequest,
): Promise<{ consultation: Consultation; link: LinkView }> => {
  requireGroup(staff, 'clinician');
  const { store, clock, settings } = deps;
  const patient = request.patientId ? await store.patients.get(request.patientId) : undefined;
  if (request.patientId && !patient) throw new DomainError('not-found', 'There is no patient with that id.');
  const destination = chooseDestination(request, patient ?? {}, settings.consultNowChannel);

  const { record, invitations } = await openConsultation(deps, 'consult-now', {
    host: { staffId: staff.id, name: staff.name },
    guests: [
      {
        role: 'patient',
        displayName: patient ? fullName(patient) : (request.displayName ?? unnamedGuest),
        patientId: patient?.id,
        link: {
          channel: destination.channel,
          destination: destination.address,
          sentTo: destination.sentTo,
          language: request.language ?? patient?.language ?? settings.defaultLanguage,
        },
      },
    ],
    patientId: patient?.id,
    now: clock.now(),
  });
  // One guest, sent one link.
  const invitation = invitations[0]!;
  await deliverLink(deps, invitation.request, invitation);
  await announceConsultation(deps, record);
  return { consultation: toConsultationView(record), link: toLinkView(record.id)(invitation.link) };
};
