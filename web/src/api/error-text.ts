import i18next from 'i18next';
import { bundled } from '../i18n/catalogs.ts';
import { formatTime } from '../ui/format-time.ts';

/** The codes the `errors` catalog has words for: every public API code, and the page's own. */
export type KnownCode = keyof typeof bundled.errors.codes;

const isKnown = (code: string): code is KnownCode => Object.hasOwn(bundled.errors.codes, code);

const t = i18next.t.bind(i18next);

/**
 * What a refusal means, in the page's language: the words for its code (never the server's
 * English message), with the details a person can act on — attempts left, when a link opens,
 * how long to wait. Unknown codes say that something went wrong.
 */
export const errorText = (code: string, details: Record<string, unknown> = {}): string => {
  const { attemptsLeft, opensAt, retryAfterSeconds, limit, meetingRoom } = details;
  // A meeting room is full at six people whatever carries its media.
  if (code === 'room-full' && meetingRoom === true) return t('meetingRoomFull', { ns: 'errors' });
  if (code === 'participant-limit' && typeof limit === 'number') {
    return t('participantLimit', { ns: 'errors', count: limit });
  }
  const words = [isKnown(code) ? t(`codes.${code}`, { ns: 'errors' }) : t('unknown', { ns: 'errors' })];
  if (code === 'verification-failed' && typeof attemptsLeft === 'number') {
    words.push(t('attemptsLeft', { ns: 'errors', count: attemptsLeft }));
  }
  if (code === 'not-open-yet' && typeof opensAt === 'string' && !Number.isNaN(Date.parse(opensAt))) {
    words.push(t('opensAt', { ns: 'errors', time: formatTime(opensAt) }));
  }
  if (code === 'too-many-attempts' && typeof retryAfterSeconds === 'number') {
    words.push(t('retryAfter', { ns: 'errors', count: Math.ceil(retryAfterSeconds) }));
  }
  return words.join(' ');
};

/** The words for a refusal's code are at hand before it is shown (other languages load on demand). */
export const loadErrorWords = async (): Promise<void> => {
  if (!i18next.isInitialized) return;
  await i18next.loadNamespaces('errors').catch(() => undefined);
};
