import common from '../locales/en/common.json';

/**
 * The English catalogs, one per feature (namespace), bundled with the app: English readers
 * download nothing more. Every other language loads on demand (see `i18n.ts`). Their shape is
 * the shape of every catalog: a key missing from English is a compile error where it is used.
 */
export const english = { common } as const;

export type Namespace = keyof typeof english;
export const namespaces = Object.keys(english) as Namespace[];
