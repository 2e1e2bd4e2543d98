import { Trans, useTranslation } from 'react-i18next';
import type { MissedCall } from '../../api/portal.ts';
import { Link } from '../../app/router.tsx';
import { browserZone, clockIn, dayIn } from '../../ui/zoned-time.ts';
import { missedCallWords } from './missed-call-words.ts';

/** A call from the clinic that did not happen, and the way to ask for an appointment instead. */
export const MissedCallItem = ({ call, requested }: { call: MissedCall; requested: boolean }) => {
  const { t } = useTranslation('portal');
  const at = new Date(call.at);
  const zone = browserZone();
  return (
    <li className="portal-item" data-testid="missed-call" data-reason={call.reason}>
      <span className="badge badge--missed">{missedCallWords(call.reason)}</span>
      <p className="portal-item__when">
        <Trans
          t={t}
          i18nKey="missedCall.calledYou"
          values={{
            name: call.clinicianName,
            when: t('missedCall.when', { day: dayIn(at, zone), clock: clockIn(at, zone) }),
          }}
          components={{ time: <time dateTime={call.at} /> }}
        />
      </p>
      {requested ? (
        <p className="muted">{t('home.requested')}</p>
      ) : (
        <Link
          className="button button--primary button--block"
          href={`/portal/book?missedCall=${encodeURIComponent(call.id)}`}
        >
          {t('missedCall.book')}
        </Link>
      )}
    </li>
  );
};
