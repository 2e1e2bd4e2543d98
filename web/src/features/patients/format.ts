/** 1980-04-12 → 12 Apr 1980, the way the clinic writes dates. */
export const formatDate = (isoDate: string): string =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** +447700900123 → +44 7700 900123 (readable, still unambiguous). */
export const formatMobile = (e164: string): string =>
  e164.startsWith('+44') ? `+44 ${e164.slice(3, 7)} ${e164.slice(7)}` : e164;
