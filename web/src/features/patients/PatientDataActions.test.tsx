import type { Patient } from '@clinicall/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import type { Language } from '../../i18n/languages.ts';
import { testI18n } from '../../i18n/testing.ts';
import { EraseConfirmation } from './EraseConfirmation.tsx';
import { PatientDataActions } from './PatientDataActions.tsx';

const patient: Patient = {
  id: 'patient-1',
  givenName: 'Alex',
  familyName: 'Example',
  dateOfBirth: '1980-04-12',
  language: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const render = async (language: Language, element: React.ReactElement) =>
  renderToStaticMarkup(<I18nextProvider i18n={await testI18n(language)}>{element}</I18nextProvider>);

const actions = (canErase: boolean) => <PatientDataActions token="t" patient={patient} canErase={canErase} onErased={() => undefined} />;

test('everyone who sees the patient may export their data; only an administrator is offered erasure', async () => {
  const clinician = await render('en', actions(false));
  expect(clinician).toContain('Export data');
  expect(clinician).not.toContain('Erase patient');
  expect(await render('en', actions(true))).toContain('Erase patient');
  const swedish = await render('sv', actions(true));
  expect(swedish).toContain('Exportera uppgifter');
  expect(swedish).toContain('Radera patienten');
});

test('erasing is confirmed with what goes and that it cannot be brought back', async () => {
  const confirm = <EraseConfirmation name="Alex Example" busy={false} onErase={() => undefined} onKeep={() => undefined} />;
  const english = await render('en', confirm);
  expect(english).toContain('Erase Alex Example for good? Their details, appointments and call history are deleted and cannot be brought back.');
  expect(english).toContain('Keep the patient');
  expect(await render('sv', confirm)).toContain('Radera Alex Example för gott?');
});
