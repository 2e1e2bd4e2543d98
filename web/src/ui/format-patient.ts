import { intlLocale } from '../i18n/format.ts';

/** 1980-04-12 → 12 Apr 1980 (12 apr. 1980 in Swedish), the way the clinic writes dates. */
export const formatDate = (isoDate: string): string =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(intlLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** +447700900123 → +44 7700 900123, +46701234567 → +46 70 123 45 67 (readable, still unambiguous). */
export const formatMobile = (e164: string): string => {
  if (e164.startsWith('+44')) return `+44 ${e164.slice(3, 7)} ${e164.slice(7)}`;
  if (e164.startsWith('+467') && e164.length === 12) {
    return `+46 ${e164.slice(3, 5)} ${e164.slice(5, 8)} ${e164.slice(8, 10)} ${e164.slice(10)}`;
  }
  return e164;
};
