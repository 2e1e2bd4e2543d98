import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';

/**
 * A moderator's request from the call: busy while it runs, its problem in words if refused. The
 * screen changes by the events that follow, not by the answer.
 */
export const useGroupRequest = () => {
  const { t } = useTranslation('groups');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const run = async (request: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await request();
      return true;
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : t('card.didNotWork'));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
};
