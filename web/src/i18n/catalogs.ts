import common from '../locales/en/common.json';
import ui from '../locales/en/ui.json';
import errors from '../locales/en/errors.json';
import join from '../locales/en/join.json';
import type call from '../locales/en/call.json';
import type portal from '../locales/en/portal.json';
import type home from '../locales/en/home.json';
import type console from '../locales/en/console.json';
import type dashboard from '../locales/en/dashboard.json';
import type patients from '../locales/en/patients.json';
import type appointments from '../locales/en/appointments.json';
import type consultNow from '../locales/en/consultNow.json';
import type directCall from '../locales/en/directCall.json';
import type outbox from '../locales/en/outbox.json';
import type signIn from '../locales/en/signIn.json';
import type meetingRooms from '../locales/en/meetingRooms.json';
import type admin from '../locales/en/admin.json';
import type groups from '../locales/en/groups.json';

/**
 * English bundled with the app: what a patient opening their link reads before anything else
 * loads (the page's words, its errors, the join flow). Every other catalog, and every other
 * language, is fetched when a feature first asks for it (see `i18n.ts`), so the join page stays
 * small.
 */
export const bundled = { common, ui, errors, join } as const;

/** The shape of every catalog, from English: a key missing there is a compile error where it is used. */
export type Catalogs = typeof bundled & {
  readonly call: typeof call;
  readonly portal: typeof portal;
  readonly home: typeof home;
  readonly console: typeof console;
  readonly dashboard: typeof dashboard;
  readonly patients: typeof patients;
  readonly appointments: typeof appointments;
  readonly consultNow: typeof consultNow;
  readonly directCall: typeof directCall;
  readonly outbox: typeof outbox;
  readonly signIn: typeof signIn;
  readonly meetingRooms: typeof meetingRooms;
  readonly admin: typeof admin;
  readonly groups: typeof groups;
};

export type Namespace = keyof Catalogs;
export const namespaces: readonly Namespace[] = ['common', 'ui', 'errors', 'join', 'call', 'portal', 'home', 'console', 'dashboard', 'patients', 'appointments', 'consultNow', 'directCall', 'outbox', 'signIn', 'meetingRooms', 'admin', 'groups'];
