import { useTranslation } from 'react-i18next';
import { Choice } from './Choice.tsx';

interface YesNoProps {
  readonly name: string;
  readonly legend: string;
  readonly value: boolean | undefined;
  readonly onChange: (value: boolean) => void;
}

/** A yes/no question as two radio buttons. */
export const YesNo = ({ name, legend, value, onChange }: YesNoProps) => {
  const { t } = useTranslation('ui');
  return (
    <fieldset className="choices choices--inline">
      <legend>{legend}</legend>
      <Choice
        name={name}
        value="yes"
        label={t('yes')}
        checked={value === true}
        onChange={() => onChange(true)}
      />
      <Choice
        name={name}
        value="no"
        label={t('no')}
        checked={value === false}
        onChange={() => onChange(false)}
      />
    </fieldset>
  );
};
