import { useTranslation } from 'react-i18next';
import type { DateParts } from './date-parts.ts';
import { DateFields } from './DateFields.tsx';

interface DateOfBirthFieldsProps {
  readonly parts: DateParts;
  readonly onChange: (parts: DateParts) => void;
  /** What is wrong, announced with the fields. */
  readonly problem?: string | undefined;
  /** The question, when it is not the person's own date ("What is your date of birth?"). */
  readonly legend?: string;
}

/** A date of birth: the person's own, unless the legend says whose. */
export const DateOfBirthFields = ({ legend, ...fields }: DateOfBirthFieldsProps) => {
  const { t } = useTranslation('ui');
  return <DateFields legend={legend ?? t('dateOfBirth.legend')} hint={t('dateOfBirth.hint')} birthday {...fields} />;
};
