/** The patient portal: its token is taken out of the address at start; its page loads on demand (app/pages.ts). */
export { capturePortalToken } from './portal-token.ts';
