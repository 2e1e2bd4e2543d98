import { type Language, languages } from '@clinicall/shared';
import { describe, expect, it } from 'vitest';
import type { Catalog, Letter } from './catalog.ts';
import { messagesIn, post, siteLink } from './index.ts';

const catalogs: Record<Language, Catalog> = { en: await messagesIn('en'), sv: await messagesIn('sv') };

const about = { organisationName: 'Northside Health', clinicianName: 'Dr Sam Carter', when: 'WHEN' };
const url = 'https://clinic.example/join#TOKEN';
const portalUrl = 'https://clinic.example/portal#PORTAL';

/** Every entry of a catalog, filled in, with what its letter must carry. */
const letters = (catalog: Catalog): Record<keyof Omit<Catalog, 'when'>, { letter: Letter; carries: string[] }> => ({
  consultNow: { letter: catalog.consultNow({ organisationName: 'Northside Health', hostName: 'Dr Sam Carter', url, minutes: 5 }), carries: [url] },
  joinCall: { letter: catalog.joinCall({ organisationName: 'Northside Health', hostName: 'Dr Sam Carter', url, minutes: 5 }), carries: [url, 'Dr Sam Carter'] },
  proposal: { letter: catalog.proposal({ ...about, durationMinutes: 20, portalUrl, rescheduled: false }), carries: [portalUrl, 'WHEN'] },
  cancellation: { letter: catalog.cancellation({ ...about, portalUrl, reason: 'REASON' }), carries: [portalUrl, 'WHEN'] },
  reminder: { letter: catalog.reminder({ ...about, joinUrl: url, portalUrl }), carries: [url, 'WHEN'] },
  extraInvitation: { letter: catalog.extraInvitation({ ...about, joinUrl: url }), carries: [url, 'WHEN'] },
  extraCancellation: { letter: catalog.extraCancellation(about), carries: ['WHEN'] },
  groupRegistration: {
    letter: catalog.groupRegistration({ ...about, title: 'TITLE', joinUrl: url, proof: 'date-of-birth' }),
    carries: [url, 'WHEN'],
  },
  missedCall: { letter: catalog.missedCall({ ...about, portalUrl }), carries: [portalUrl] },
  meetingRoom: {
    letter: catalog.meetingRoom({ organisationName: 'Northside Health', senderName: 'Maria Member', roomName: 'Ward 5 huddle', url }),
    carries: [url, 'Maria Member', 'Ward 5 huddle'],
  },
});

describe('the message catalogs', () => {
  it('have the same entries in every language', () => {
    const keys = Object.keys(catalogs.en).sort();
    for (const language of languages) expect(Object.keys(catalogs[language]).sort(), language).toEqual(keys);
    expect(Object.keys(letters(catalogs.en)).sort()).toEqual(keys.filter((key) => key !== 'when'));
  });

  it.each(languages)('%s: every letter has an SMS, a subject and a body, each carrying its link, time and clinic', (language) => {
    for (const [entry, { letter, carries }] of Object.entries(letters(catalogs[language]))) {
      expect(letter.sms.trim(), entry).not.toBe('');
      expect(letter.subject.trim(), entry).not.toBe('');
      expect(letter.lines.join('').trim(), entry).not.toBe('');
      for (const text of carries) {
        expect(letter.sms, `${entry} sms`).toContain(text);
        expect(letter.lines.join('\n'), `${entry} email`).toContain(text);
      }
    }
  });

  it('writes Swedish in Swedish, not English', () => {
    const english = letters(catalogs.en);
    for (const [entry, { letter }] of Object.entries(letters(catalogs.sv))) {
      expect(letter.sms, entry).not.toBe(english[entry as keyof typeof english].letter.sms);
      expect(letter.subject, entry).not.toBe(english[entry as keyof typeof english].letter.subject);
    }
    expect(catalogs.sv.consultNow({ organisationName: 'Vårdcentralen', hostName: 'Dr Sam', url, minutes: 5 }).sms).toBe(
      `Vårdcentralen: Dr Sam är redo att träffa dig i ett videobesök. Öppna länken inom 5 min: ${url}`,
    );
  });

  it('keeps a group session’s title out of the SMS, and says what the person will be asked', () => {
    for (const language of languages) {
      const letter = catalogs[language].groupRegistration({ ...about, title: 'TITLE', joinUrl: url, proof: 'name' });
      expect(letter.sms, language).not.toContain('TITLE');
      expect(letter.lines, language).toContain('TITLE');
    }
    const asked = (proof: 'date-of-birth' | 'name') => catalogs.en.groupRegistration({ ...about, title: 'T', joinUrl: url, proof }).lines.join('\n');
    expect(asked('date-of-birth')).toContain('confirm your date of birth');
    expect(asked('name')).toContain('give your name');
  });

  it('tells the time of an appointment in each language', () => {
    const nine = new Date('2026-03-30T07:00:00Z');
    expect(catalogs.en.when(nine, 'Europe/Stockholm')).toBe('Monday 30 March 2026 at 09:00 (Europe/Stockholm time)');
    expect(catalogs.sv.when(nine, 'Europe/Stockholm')).toBe('måndag 30 mars 2026 kl. 09:00 (svensk tid)');
    expect(catalogs.sv.when(nine, 'Europe/London')).toBe('måndag 30 mars 2026 kl. 08:00 (tidszon Europe/London)');
  });

  it('sends the SMS text by SMS and the subject and lines by email', () => {
    const letter = { sms: 'short', subject: 'Subject', lines: ['one', '', 'two'] };
    expect(post('sms', '+46701234567', letter)).toEqual({ channel: 'sms', to: '+46701234567', body: 'short' });
    expect(post('email', 'a@example.org', letter)).toEqual({ channel: 'email', to: 'a@example.org', subject: 'Subject', body: 'one\n\ntwo' });
  });
});

describe('siteLink', () => {
  it('opens the page in the reader’s language, the secret staying in the fragment', () => {
    const english = { siteUrl: 'https://clinic.example', defaultLanguage: 'en' } as const;
    const swedish = { siteUrl: 'https://clinic.example', defaultLanguage: 'sv' } as const;
    expect(siteLink(english, 'join', 'TOKEN', 'sv')).toBe('https://clinic.example/join?lng=sv#TOKEN');
    expect(siteLink(english, 'join', 'TOKEN', 'en')).toBe('https://clinic.example/join#TOKEN');
    expect(siteLink(swedish, 'portal', 'TOKEN', 'en')).toBe('https://clinic.example/portal?lng=en#TOKEN');
    expect(siteLink(swedish, 'portal', 'TOKEN', 'sv')).toBe('https://clinic.example/portal?lng=sv#TOKEN');
  });
});
