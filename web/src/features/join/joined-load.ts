/** The waiting room and the call: not part of the join page's first download, fetched while the person types. */
export const loadJoinedConsultation = () => import('./JoinedConsultation.tsx');
