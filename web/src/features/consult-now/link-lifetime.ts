import type { TFunction } from 'i18next';
import { defaultLinkTtlSeconds } from '@clinicall/shared';
import { siteConfig } from '../../config.ts';

/**
 * How long a Consult Now link works, in words: "5 minutes", "1 hour", "1 hour 30 minutes"
 * (seconds only for the very short lifetimes of demos and tests).
 */
export const describeLifetime = (seconds: number, t: TFunction<'consultNow'>): string => {
  if (seconds < 60) return t('lifetime.seconds', { count: Math.max(1, Math.round(seconds)) });
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('lifetime.minutes', { count: minutes });
  if (rest === 0) return t('lifetime.hours', { count: hours });
  return t('lifetime.hoursAndMinutes', { hours: t('lifetime.hours', { count: hours }), minutes: t('lifetime.minutes', { count: rest }) });
};

/** "The link works for 5 minutes." */
export const linkLifetime = (seconds: number, t: TFunction<'consultNow'>): string => t('lifetime.sentence', { duration: describeLifetime(seconds, t) });

/** How long the API keeps a Consult Now link open, as the site configuration publishes it (an older deployment's does not: the server's default). */
export const linkTtlSeconds = (configured: unknown = siteConfig().linkTtlSeconds): number =>
  typeof configured === 'number' && Number.isFinite(configured) && configured > 0 ? configured : defaultLinkTtlSeconds;
