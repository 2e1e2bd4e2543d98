import { localNumberCountry, mobileExamples } from '@clinicall/shared';

/** A number as dialled here, and one from abroad (another country's, with its code). */
export const mobileHintValues = (): { national: string; abroad: string } => {
  const here = localNumberCountry();
  return { national: mobileExamples[here].national, abroad: mobileExamples[here === 'GB' ? 'SE' : 'GB'].international };
};
