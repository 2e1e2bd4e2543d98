import { Choice } from './Choice.tsx';

interface YesNoProps {
  readonly name: string;
  readonly legend: string;
  readonly value: boolean | undefined;
  readonly onChange: (value: boolean) => void;
}

/** A yes/no question as two radio buttons. */
export const YesNo = ({ name, legend, value, onChange }: YesNoProps) => (
  <fieldset className="choices choices--inline">
    <legend>{legend}</legend>
    <Choice name={name} value="yes" label="Yes" checked={value === true} onChange={() => onChange(true)} />
    <Choice name={name} value="no" label="No" checked={value === false} onChange={() => onChange(false)} />
  </fieldset>
);
