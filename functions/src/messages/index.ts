import type { ChannelName } from '../consultation/record.ts';
import type { Language } from '@clinicall/shared';
import type { Message } from '#ports';
import type { Catalog, Letter } from './catalog.ts';

export type { Catalog, Letter } from './catalog.ts';

/** Each language's catalog, loaded with the first message written in it: most requests send none. */
const catalogs: Record<Language, () => Promise<Catalog>> = {
  en: async () => (await import('./en.ts')).en,
  sv: async () => (await import('./sv.ts')).sv,
};

/** What a recipient in that language is sent. */
export const messagesIn = (language: Language): Promise<Catalog> => catalogs[language]();

/** The letter as it goes by the channel: the SMS text, or the email's subject and body. */
export const post = (channel: ChannelName, to: string, letter: Letter): Message =>
  channel === 'sms' ? { channel, to, body: letter.sms } : { channel, to, subject: letter.subject, body: letter.lines.join('\n') };

/**
 * A link into the site for someone who reads `language`: `?lng=` opens the page in it before
 * anything loads (the secret stays in the fragment). Links to English readers in an English
 * organisation stay bare, as they always were.
 */
export const siteLink = (
  settings: { readonly siteUrl: string; readonly defaultLanguage: Language },
  page: 'join' | 'portal',
  token: string,
  language: Language,
): string =>
  `${settings.siteUrl}/${page}${language === 'en' && settings.defaultLanguage === 'en' ? '' : `?lng=${language}`}#${token}`;
