/** The patient's way in from a link; the portal enters the same waiting room with a session it saves here. */
export { captureJoinToken } from './join-token.ts';
export { JoinPage } from './JoinPage.tsx';
export { enterCall, saveSession } from './session-store.ts';
