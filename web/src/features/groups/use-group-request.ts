import { useTranslation } from 'react-i18next';
import { useRequest } from '../../api/use-request.ts';

/**
 * A moderator's request from the call: busy while it runs, its problem in words if refused. The
 * screen changes by the events that follow, not by the answer.
 */
export const useGroupRequest = () => {
  const { t } = useTranslation('groups');
  return useRequest(t('card.didNotWork'));
};
