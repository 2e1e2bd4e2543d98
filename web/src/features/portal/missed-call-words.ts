import i18next from 'i18next';
import type { MissedCall } from '../../api/portal.ts';

/** Why a call was missed, in the page's language (the contract's missedCallLabels, for patients). */
export const missedCallWords = (reason: MissedCall['reason']): string =>
  i18next.t(`missedReasons.${reason}`, { ns: 'portal' });
