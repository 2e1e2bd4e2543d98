/**
 * The call, as the dashboard sees it: getting the call ready while someone waits, and the words
 * for the people in a consultation, the same on the dashboard as in the call. Its pages are
 * loaded on demand by module (app/pages.ts, join), each in its own chunk.
 */
export { deviceCheckWords } from './device-check-words.ts';
export { guestsOf } from './guests.ts';
export { preloadStaffCall } from './load.ts';
export { listenAhead, prepareStaffCall } from './prepare-call.ts';
export { breakoutWarningSeconds, sessionWarningMinutes } from './group-timing.ts';
