import common from '../locales/en/common.json';
import ui from '../locales/en/ui.json';
import errors from '../locales/en/errors.json';
import join from '../locales/en/join.json';
import call from '../locales/en/call.json';
import portal from '../locales/en/portal.json';
import home from '../locales/en/home.json';
import console from '../locales/en/console.json';
import dashboard from '../locales/en/dashboard.json';
import patients from '../locales/en/patients.json';
import appointments from '../locales/en/appointments.json';
import consultNow from '../locales/en/consultNow.json';
import directCall from '../locales/en/directCall.json';
import outbox from '../locales/en/outbox.json';
import signIn from '../locales/en/signIn.json';

/**
 * The English catalogs, one per feature (namespace), bundled with the app: English readers
 * download nothing more. Every other language loads on demand (see `i18n.ts`). Their shape is
 * the shape of every catalog: a key missing from English is a compile error where it is used.
 */
export const english = { common, ui, errors, join, call, portal, home, console, dashboard, patients, appointments, consultNow, directCall, outbox, signIn } as const;

export type Namespace = keyof typeof english;
export const namespaces = Object.keys(english) as Namespace[];
