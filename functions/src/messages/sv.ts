import { wallClock } from '@clinicall/shared';
import type { Catalog } from './catalog.ts';

/** "måndag 30 mars 2026 kl. 09:00 (svensk tid)"; another zone is named. */
const when = (instant: Date, timeZone: string): string => {
  // From parts, not format(): ICU versions differ on separators.
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const zone = timeZone === 'Europe/Stockholm' ? 'svensk tid' : `tidszon ${timeZone}`;
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')} kl. ${wallClock(instant, timeZone).time} (${zone})`;
};

export const sv: Catalog = {
  when,

  consultNow: ({ organisationName, hostName, url, minutes }) => ({
    sms: `${organisationName}: ${hostName} är redo att träffa dig i ett videobesök. Öppna länken inom ${minutes} min: ${url}`,
    subject: `${hostName} är redo för ditt videobesök`,
    lines: [
      `${hostName} på ${organisationName} är redo att träffa dig i ett videobesök nu.`,
      '',
      `Öppna länken inom ${minutes} minuter, i en mobil eller dator med kamera:`,
      url,
      '',
      'Du får bekräfta ditt födelsedatum och sedan vänta i väntrummet tills du blir insläppt.',
      'Om du inte väntade dig det här meddelandet kan du bortse från det.',
    ],
  }),

  joinCall: ({ organisationName, hostName, url, minutes }) => ({
    sms: `${organisationName}: ${hostName} bjuder in dig till ett videobesök som pågår nu. Öppna länken inom ${minutes} min: ${url}`,
    subject: `${hostName} bjuder in dig till ett videobesök`,
    lines: [
      `${hostName} på ${organisationName} bjuder in dig till ett videobesök som pågår nu.`,
      '',
      `Öppna länken inom ${minutes} minuter på en telefon eller dator med kamera:`,
      url,
      '',
      'Du får skriva ditt namn innan du ansluter.',
      'Om du inte väntade dig det här meddelandet kan du bortse från det.',
    ],
  }),

  meetingRoom: ({ organisationName, senderName, roomName, url }) => ({
    sms: `${organisationName}: ${senderName} bjuder in dig till mötesrummet "${roomName}": ${url} Inte för vård.`,
    subject: `${senderName} bjuder in dig till mötesrummet "${roomName}"`,
    lines: [
      `${senderName} på ${organisationName} bjuder in dig till videomötesrummet "${roomName}".`,
      '',
      'Öppna länken på en telefon eller dator med kamera och skriv ditt namn för att gå in:',
      url,
      '',
      'Mötesrum är inte till för vård: alla som har länken kan gå in. Dela inga personliga hälsouppgifter där.',
    ],
  }),

  proposal: ({ organisationName, clinicianName, when, durationMinutes, portalUrl, rescheduled }) => {
    const what = rescheduled ? 'en ny tid för ditt videobesök' : 'ett videobesök';
    return {
      sms: `${organisationName}: ${clinicianName} föreslår ${what} ${when}. Tacka ja eller nej: ${portalUrl}`,
      subject: rescheduled ? 'Ny tid föreslagen för ditt videobesök' : `${clinicianName} föreslår ett videobesök`,
      lines: [
        `${clinicianName} på ${organisationName} föreslår ${what}:`,
        '',
        `${when}, ${durationMinutes} minuter.`,
        '',
        'Tacka ja eller nej i din patientportal:',
        portalUrl,
        '',
        'Du får bekräfta ditt födelsedatum.',
      ],
    };
  },

  cancellation: ({ organisationName, clinicianName, when, portalUrl, reason }) => ({
    sms: `${organisationName}: ditt videobesök hos ${clinicianName} ${when} är inställt. ${portalUrl}`,
    subject: 'Ditt videobesök är inställt',
    lines: [
      `Ditt videobesök hos ${clinicianName} på ${organisationName} ${when} är inställt.`,
      ...(reason ? ['', reason] : []),
      '',
      'Dina bokade besök finns i din patientportal:',
      portalUrl,
    ],
  }),

  reminder: ({ organisationName, clinicianName, when, joinUrl, portalUrl }) => {
    const door = joinUrl ?? portalUrl;
    return {
      sms: `${organisationName}: påminnelse om videobesök hos ${clinicianName} ${when}. Du kan ansluta från 30 min före: ${door}`,
      subject: `Påminnelse: videobesök ${when}`,
      lines: [
        `En påminnelse om ditt videobesök hos ${clinicianName} på ${organisationName}:`,
        '',
        when,
        '',
        'Från 30 minuter före besöket kan du öppna länken i en mobil eller dator med kamera, bekräfta ditt födelsedatum och vänta i väntrummet tills du blir insläppt:',
        door,
        ...(joinUrl ? ['', 'Dina bokade besök finns också i din patientportal:', portalUrl] : []),
      ],
    };
  },

  extraInvitation: ({ organisationName, clinicianName, when, joinUrl }) => ({
    sms: `${organisationName}: du är inbjuden till ett videobesök hos ${clinicianName} ${when}. Länken öppnas 30 min före: ${joinUrl}`,
    subject: `Inbjudan: videobesök ${when}`,
    lines: [
      `Du är inbjuden att delta i ett videobesök hos ${clinicianName} på ${organisationName}:`,
      '',
      when,
      '',
      'Länken öppnas 30 minuter före. Du får skriva ditt namn och sedan vänta tills du blir insläppt:',
      joinUrl,
      '',
      'Länken fungerar en gång. Om du inte väntade dig det här meddelandet kan du bortse från det.',
    ],
  }),

  groupRegistration: ({ organisationName, clinicianName, when, title, joinUrl, proof }) => ({
    sms: `${organisationName}: du är anmäld till en gruppträff via video med ${clinicianName} ${when}. Länken öppnas 30 min före: ${joinUrl}`,
    subject: `Anmäld: gruppträff via video ${when}`,
    lines: [
      `Du är anmäld till en gruppträff via video med ${clinicianName} på ${organisationName}:`,
      '',
      title,
      when,
      '',
      `Länken öppnas 30 minuter före. Du får ${proof === 'date-of-birth' ? 'bekräfta ditt födelsedatum' : 'skriva ditt namn'} och sedan vänta tills du blir insläppt:`,
      joinUrl,
      '',
      'Länken är bara din och fungerar en gång. Om du inte väntade dig det här meddelandet kan du bortse från det.',
    ],
  }),

  extraCancellation: ({ organisationName, clinicianName, when }) => ({
    sms: `${organisationName}: videobesöket hos ${clinicianName} ${when} är inställt eller flyttat. Din länk fungerar inte längre.`,
    subject: 'Videobesöket är inställt eller flyttat',
    lines: [
      `Videobesöket hos ${clinicianName} på ${organisationName} ${when} är inställt eller flyttat.`,
      '',
      'Länken du fick fungerar inte längre. Om besöket har flyttats får du en ny länk.',
    ],
  }),

  missedCall: ({ organisationName, clinicianName, portalUrl }) => ({
    sms: `${organisationName}: du har ett missat videosamtal från ${clinicianName}. Boka en tid: ${portalUrl}`,
    subject: `Missat videosamtal från ${clinicianName}`,
    lines: [
      `${clinicianName} på ${organisationName} försökte nå dig med ett videosamtal.`,
      '',
      'I din patientportal kan du be om en tid som passar dig:',
      portalUrl,
    ],
  }),
};
