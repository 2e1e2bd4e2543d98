import type { Appointment } from '@clinicall/shared';
import { siteConfig } from '../../config.ts';

/**
 * The organisation's time zone, in which appointments are agreed: from the site configuration,
 * else from any appointment (each carries it). Unknown only before the first appointment of a
 * deployment that does not configure it; the API then applies its own.
 */
export const organisationZone = (
  appointments: readonly Pick<Appointment, 'timeZone'>[] = [],
): string | undefined => siteConfig().timeZone ?? appointments[0]?.timeZone;
