/** The Cognito groups a staff member may be in: what each may do follows from these. */
export const staffGroups = ['clinician', 'admin', 'meeting-room-member'] as const;
export type StaffGroup = (typeof staffGroups)[number];
