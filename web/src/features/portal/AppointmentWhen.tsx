import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../api/portal.ts';
import { describeDuration, zonedWhen } from '../../ui/zoned-time.ts';

/** When, in the patient's own time (the clinic's in brackets when its clocks differ), how long, with whom. */
export const AppointmentWhen = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation(['portal', 'ui']);
  const when = zonedWhen(appointment.startsAt, appointment.timeZone);
  return (
    <>
      <p className="portal-item__when">
        <time dateTime={appointment.startsAt}>{when.local}</time>
        {when.organisation && <span className="portal-item__there"> ({when.organisation})</span>}
      </p>
      <p className="portal-item__who">
        {t('appointment.withWhom', {
          duration: describeDuration(appointment.durationMinutes),
          name: appointment.clinicianName,
        })}
      </p>
      {appointment.extras.length > 0 && (
        <p className="muted">
          {t('appointment.alsoJoining', {
            names: appointment.extras.map((extra) => extra.displayName).join(', '),
          })}
        </p>
      )}
      {appointment.note && <p className="portal-item__note">“{appointment.note}”</p>}
    </>
  );
};
