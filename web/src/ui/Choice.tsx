import { type InputHTMLAttributes, useId } from 'react';

interface ChoiceProps extends InputHTMLAttributes<HTMLInputElement> {
  readonly label: string;
  /** Said after the label, not as part of its name. */
  readonly hint?: string | undefined;
}

/** A radio button or checkbox with its label, and an optional hint below. */
export const Choice = ({ label, hint, type = 'radio', ...input }: ChoiceProps) => {
  const id = useId();
  return (
    <div className="choice">
      <input id={id} type={type} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <span>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="choice__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </span>
    </div>
  );
};
