import { useEffect, useState } from 'react';
import type { EventStreamStatus } from '../../api/events.ts';
import { noNetworkAfterMs } from '../../media/peer-roster.ts';

/**
 * What to tell this person about their own connection: nothing while it is fine, that it is
 * reconnecting when it dropped, and "no network" when it has not come back in 30 seconds.
 */
export const useOwnConnection = (status: EventStreamStatus): string | undefined => {
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
  return long
    ? 'No network. Check your Wi-Fi or mobile data; we keep trying to reconnect you.'
    : 'Your connection dropped. Reconnecting… You stay in the call.';
};
