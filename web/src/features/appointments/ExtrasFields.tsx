import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { type ExtraChoice, extraRoles, maxExtras, type Problems } from './proposal.ts';

interface ExtrasFieldsProps {
  readonly extras: readonly ExtraChoice[];
  readonly problems: Problems;
  readonly onChange: (extras: ExtraChoice[]) => void;
}

/** Interpreter, support person or colleague: each gets their own single-use link. */
export const ExtrasFields = ({ extras, problems, onChange }: ExtrasFieldsProps) => {
  const { t } = useTranslation('appointments');
  const update = (index: number, changes: Partial<ExtraChoice>) =>
    onChange(extras.map((extra, i) => (i === index ? { ...extra, ...changes } : extra)));
  return (
    <fieldset className="choices extras">
      <legend>{t('extras.legend')}</legend>
      <p className="field__hint">{t('extras.hint', { count: maxExtras })}</p>
      {problems.extras && (
        <p className="field__error" role="alert">
          {problems.extras}
        </p>
      )}
      {extras.map((extra, index) => (
        <div className="extras__person" key={index} role="group" aria-label={t('extras.person', { number: index + 1 })}>
          <div className="field">
            <label htmlFor={`extra-${index}-role`}>{t('extras.role')}</label>
            <select
              id={`extra-${index}-role`}
              value={extra.role}
              onChange={(event) => update(index, { role: event.target.value as ExtraChoice['role'] })}
            >
              {extraRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={t('extras.contact')}
            autoComplete="off"
            value={extra.contact}
            error={problems[`extras.${index}.contact`]}
            onChange={(event) => update(index, { contact: event.target.value })}
          />
          <Field
            label={t('extras.name')}
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
            {t('extras.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      {extras.length < maxExtras && (
        <button
          className="button"
          type="button"
          onClick={() => onChange([...extras, { role: 'interpreter', contact: '', displayName: '' }])}
        >
          {t('extras.add')}
        </button>
      )}
    </fieldset>
  );
};
