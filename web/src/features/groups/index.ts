/**
 * Group sessions, as the clinician runs them: created and managed from the dashboard, moderated
 * in the call (waiting list, raised hands, breakout rooms, hand-over).
 */
export { GroupCallTools } from './GroupCallTools.tsx';
export { GroupCard } from './GroupCard.tsx';
export { NewGroupSessionDialog } from './NewGroupSessionDialog.tsx';
export { GroupWaitingBanner } from './GroupWaitingBanner.tsx';
