import { useTranslation } from 'react-i18next';

/** In a group session's call: how many are waiting; the moderator lets them in from the people list. */
export const GroupWaitingBanner = ({ count }: { count: number }) => {
  const { t } = useTranslation('groups');
  if (count === 0) return null;
  return (
    <p className="call__banner" role="status" data-testid="group-waiting-banner">
      {t('waiting.banner', { count })}
    </p>
  );
};
