import { intlLocale } from '../i18n/format.ts';

/** 14:05 today, or 3 Mar 14:05 another day (in the page's language). */
export const formatTime = (instant: string, now = new Date()): string => {
  const date = new Date(instant);
  const time = date.toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString()
    ? time
    : `${date.toLocaleDateString(intlLocale(), { day: 'numeric', month: 'short' })} ${time}`;
};
