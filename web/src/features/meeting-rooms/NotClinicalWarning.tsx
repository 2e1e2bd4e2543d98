import { useTranslation } from 'react-i18next';

/** Shown wherever a room is made, its link is shared, or a guest arrives: meeting rooms lack a consultation's privacy. */
export const NotClinicalWarning = () => {
  const { t } = useTranslation('meetingRooms');
  return (
    <p className="notice notice--warning" data-testid="not-clinical">
      {t('warning')}
    </p>
  );
};
