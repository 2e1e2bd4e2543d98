import { type AuditEntry, auditActions } from '@clinicall/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import { english, swedish, testI18n } from '../../../i18n/testing.ts';
import { AuditTable } from './AuditTable.tsx';

const entries: AuditEntry[] = [
  {
    id: 'entry-0002',
    at: '2026-06-01T08:05:00.000Z',
    actor: { kind: 'staff', id: 'staff-clinician-demo', roles: ['clinician'] },
    action: 'patient-read',
    targets: { patientId: 'patient-alex-example' },
    outcome: 'success',
    clientAddress: '192.0.2.10',
  },
  {
    id: 'entry-0001',
    at: '2026-06-01T08:00:00.000Z',
    actor: { kind: 'anonymous' },
    action: 'participant-verified',
    targets: {},
    outcome: 'refused',
    reason: 'verification-failed',
  },
];

const rendered = async (language: 'en' | 'sv') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await testI18n(language)}>
      <AuditTable entries={entries} />
    </I18nextProvider>,
  );

describe('the audit trail table', () => {
  test('shows who did what to which record, and what was refused, in English', async () => {
    const html = await rendered('en');
    expect(html).toContain('Staff staff-clinician-demo');
    expect(html).toContain('Patient record opened');
    expect(html).toContain('patient patient-alex-example');
    expect(html).toContain('Not signed in');
    expect(html).toContain('Refused (verification-failed)');
    expect(html).toContain('192.0.2.10');
    expect(html).toContain('dateTime="2026-06-01T08:05:00.000Z"');
    expect(html).not.toContain('audit.');
  });

  test('and in Swedish', async () => {
    const html = await rendered('sv');
    expect(html).toContain('Patientuppgifter öppnade');
    expect(html).toContain('Nekat (verification-failed)');
    expect(html).not.toContain('audit.');
  });

  test('has words for every action the trail records, in every language', () => {
    for (const catalog of [english, swedish]) {
      const actions = ((catalog.admin as { audit: { actions: Record<string, string> } }).audit.actions);
      expect(Object.keys(actions).sort()).toEqual([...auditActions].sort());
    }
  });
});
