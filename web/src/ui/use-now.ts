import { useSyncExternalStore } from 'react';

/** The time, re-read every second while something shows it (one shared timer). */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
};

const snapshot = () => now;

/** Rendered ahead of the browser (tests), the time is the same as in it. */
export const useNow = (): number => useSyncExternalStore(subscribe, snapshot, snapshot);
