import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStreamStatus } from '../../api/events.ts';
import { noNetworkAfterMs } from '../../media/peer-roster.ts';

/**
 * What to tell this person about their own connection: nothing while it is fine, that it is
 * reconnecting when it dropped, and "no network" when it has not come back in 30 seconds.
 */
export const useOwnConnection = (status: EventStreamStatus): string | undefined => {
  const { t } = useTranslation('call');
  const [long, setLong] = useState(false);
  const dropped = status === 'reconnecting';

  useEffect(() => {
    if (!dropped) return;
    const timer = setTimeout(() => setLong(true), noNetworkAfterMs);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [dropped]);

  if (!dropped) return undefined;
  return long ? t('connection.ownNoNetwork') : t('connection.ownDropped');
};
