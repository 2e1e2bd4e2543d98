import { localNumberCountry, mobileExamples, normaliseMobile } from '../phone.ts';
import * as z from './zod.ts';

/**
 * Accepts spaces and local formats, answers E.164. A number without its country code is read in
 * the organisation's country (readLocalNumbersIn, phone.ts): "07700 900123" for a UK clinic,
 * "070-123 45 67" for a Swedish one.
 */
export const Mobile = /* @__PURE__ */ z
  .pipe(
    z.string().check(z.maxLength(32, 'That mobile number is too long.')),
    z.transform((value, context) => {
      const e164 = normaliseMobile(value);
      if (!e164) {
        const example = mobileExamples[localNumberCountry()];
        context.issues.push({
          code: 'custom',
          message: `Enter a mobile number, for example ${example.national} or ${example.international}.`,
          input: value,
        });
        return z.NEVER;
      }
      return e164;
    }),
  )
  .check(
    z.describe(
      "Mobile number, with its country code or as dialled in the organisation's country; stored as E.164",
    ),
  );
