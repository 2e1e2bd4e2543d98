import { Field } from '../../ui/Field.tsx';
import { type ExtraChoice, extraRoles, maxExtras, type Problems } from './proposal.ts';

interface ExtrasFieldsProps {
  readonly extras: readonly ExtraChoice[];
  readonly problems: Problems;
  readonly onChange: (extras: ExtraChoice[]) => void;
}

/** Interpreter, support person or colleague: each gets their own single-use link. */
export const ExtrasFields = ({ extras, problems, onChange }: ExtrasFieldsProps) => {
  const update = (index: number, changes: Partial<ExtraChoice>) =>
    onChange(extras.map((extra, i) => (i === index ? { ...extra, ...changes } : extra)));
  return (
    <fieldset className="choices extras">
      <legend>Extra people (optional)</legend>
      <p className="field__hint">
        An interpreter, support person or colleague, up to {maxExtras}. Each is sent their own link.
      </p>
      {problems.extras && (
        <p className="field__error" role="alert">
          {problems.extras}
        </p>
      )}
      {extras.map((extra, index) => (
        <div className="extras__person" key={index} role="group" aria-label={`Extra person ${index + 1}`}>
          <div className="field">
            <label htmlFor={`extra-${index}-role`}>Role</label>
            <select
              id={`extra-${index}-role`}
              value={extra.role}
              onChange={(event) => update(index, { role: event.target.value as ExtraChoice['role'] })}
            >
              {extraRoles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </select>
          </div>
          <Field
            label="Mobile number or email"
            autoComplete="off"
            value={extra.contact}
            error={problems[`extras.${index}.contact`]}
            onChange={(event) => update(index, { contact: event.target.value })}
          />
          <Field
            label="Name (optional)"
            autoComplete="off"
            value={extra.displayName}
            error={problems[`extras.${index}.displayName`]}
            onChange={(event) => update(index, { displayName: event.target.value })}
          />
          <button
            className="button button--quiet"
            type="button"
            onClick={() => onChange(extras.filter((_, i) => i !== index))}
          >
            Remove extra person {index + 1}
          </button>
        </div>
      ))}
      {extras.length < maxExtras && (
        <button
          className="button"
          type="button"
          onClick={() => onChange([...extras, { role: 'interpreter', contact: '', displayName: '' }])}
        >
          Add an extra person
        </button>
      )}
    </fieldset>
  );
};
