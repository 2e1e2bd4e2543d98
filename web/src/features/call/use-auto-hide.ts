import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

const coarse = '(pointer: coarse)';

/** A touch screen as the main pointer (a phone or tablet), where the controls cover the picture. */
export const useTouchScreen = (): boolean =>
  useSyncExternalStore(
    (listener) => {
      const query = matchMedia(coarse);
      query.addEventListener('change', listener);
      return () => query.removeEventListener('change', listener);
    },
    () => matchMedia(coarse).matches,
  );

export interface AutoHide {
  readonly hidden: boolean;
  /** A tap: show them again, and hide again after a while. */
  readonly show: () => void;
  /** Keep them shown (keyboard focus inside, a panel open) until unpinned. */
  readonly pin: (pinned: boolean) => void;
}

/** Controls that hide after a few seconds on a touch screen and come back on a tap or on focus. */
export const useAutoHide = (enabled: boolean, delayMs = 4000): AutoHide => {
  const [hidden, setHidden] = useState(false);
  const pinned = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const later = useCallback(() => {
    clearTimeout(timer.current);
    if (enabled && !pinned.current) timer.current = setTimeout(() => setHidden(true), delayMs);
  }, [enabled, delayMs]);

  useEffect(() => {
    later();
    return () => clearTimeout(timer.current);
  }, [later]);

  const show = useCallback(() => {
    setHidden(false);
    later();
  }, [later]);

  const pin = useCallback(
    (on: boolean) => {
      pinned.current = on;
      if (on) {
        clearTimeout(timer.current);
        setHidden(false);
      } else later();
    },
    [later],
  );

  return { hidden: enabled && hidden, show, pin };
};
