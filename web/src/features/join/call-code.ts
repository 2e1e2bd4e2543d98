import i18next from 'i18next';
import { useEffect, useState } from 'react';

/** The call's code and its words, fetched while the person waits. */
export const loadCall = () =>
  Promise.all([import('../call/PatientCall.tsx'), i18next.loadNamespaces('call')]).then(([code]) => code);

type CallCode = Awaited<ReturnType<typeof loadCall>>;

/**
 * The call's code once it is here. Rendered directly, being admitted shows the call at once:
 * through a lazy component it would first show a loading step, which React keeps on screen for
 * at least 300 ms.
 */
export const useCallCode = (): CallCode | undefined => {
  const [code, setCode] = useState<CallCode>();
  useEffect(() => {
    let mounted = true;
    loadCall().then(
      (loaded) => {
        loaded.preloadMedia();
        if (mounted) setCode(loaded);
      },
      () => undefined, // the lazy component tries again when it is needed
    );
    return () => {
      mounted = false;
    };
  }, []);
  return code;
};
