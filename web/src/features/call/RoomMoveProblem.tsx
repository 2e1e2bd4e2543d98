import { useTranslation } from 'react-i18next';

/** The call could not follow the person to their room: they may try again. */
export const RoomMoveProblem = ({ move }: { readonly move: { readonly failed: boolean; readonly retry: () => void } }) => {
  const { t } = useTranslation('call');
  if (!move.failed) return null;
  return (
    <p className="call__banner call__banner--trouble" role="alert">
      {t('group.roomFailed')}
      <button className="button" type="button" onClick={move.retry}>
        {t('tryAgain')}
      </button>
    </p>
  );
};
