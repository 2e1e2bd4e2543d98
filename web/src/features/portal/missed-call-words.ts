import type { MissedCall } from '../../api/portal.ts';

/**
 * Why a call was missed: the words of the contract's missedCallLabels, repeated here because the
 * patient's pages import nothing but types from the contract's index (it brings the schema library).
 */
export const missedCallWords: Record<MissedCall['reason'], string> = {
  declined: 'Call declined',
  'no-answer': 'No answer',
  'no-network': 'No network detected',
};
