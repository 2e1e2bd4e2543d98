import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { instantOf } from '@clinicall/shared';
import { placeOf } from '../../ui/zoned-time.ts';
import { normaliseTime } from './proposal.ts';
import { staffWhen } from './staff-when.ts';

const previewOf = (date: string, time: string, timeZone: string, t: TFunction<'appointments'>): string | undefined => {
  const clock = normaliseTime(time);
  if (!date || !/^\d{2}:\d{2}$/.test(clock)) return undefined;
  try {
    return staffWhen(instantOf(date, clock, timeZone), timeZone, t);
  } catch {
    return undefined; // a date or time that does not exist: the form says so when sent
  }
};

/** What the chosen date and time mean, in the organisation's zone (and the clinician's if it differs). */
export const WhenPreview = ({ date, time, timeZone }: { date: string; time: string; timeZone: string | undefined }) => {
  const { t } = useTranslation('appointments');
  return (
    <p className="field__hint appointment-when" data-testid="when-preview" aria-live="polite">
      {!timeZone
        ? t('when.inOrganisationZone')
        : (previewOf(date, time, timeZone, t) ?? t('when.inZone', { place: placeOf(timeZone), zone: timeZone }))}
    </p>
  );
};
