import { useTranslation } from 'react-i18next';
import type { Patient } from '@clinicall/shared';
import { Choice } from '../../ui/Choice.tsx';
import { Field } from '../../ui/Field.tsx';
import { formatMobile } from '../../ui/format-patient.ts';
import { type DestinationChoice, recordedDestination } from './destination.ts';

interface DestinationFieldsProps {
  /** The patient on record; none for someone not on record. */
  readonly patient: Patient | undefined;
  readonly choice: DestinationChoice;
  readonly oneOffProblem: string | undefined;
  readonly update: (changes: Partial<DestinationChoice>) => void;
  /** The radio group's name, unique on the page. */
  readonly name: string;
}

/** Where a link goes: SMS or email, to what is on record or to a number or address for this link only. */
export const DestinationFields = ({ patient, choice, oneOffProblem, update, name }: DestinationFieldsProps) => {
  const { t } = useTranslation('consultNow');
  const recorded = recordedDestination(patient, choice.channel);
  const sms = choice.channel === 'sms';
  return (
    <>
      <fieldset className="choices">
        <legend>{t('sendBy')}</legend>
        {(['sms', 'email'] as const).map((channel) => {
          const destination = recordedDestination(patient, channel);
          const hint = !patient
            ? undefined
            : destination
              ? t('recordedTo', { destination: channel === 'sms' ? formatMobile(destination) : destination })
              : t(`nothingRecorded.${channel}`);
          return (
            <Choice
              key={channel}
              name={name}
              value={channel}
              label={t(`channel.label.${channel}`)}
              hint={hint}
              checked={choice.channel === channel}
              onChange={() => update({ channel })}
            />
          );
        })}
      </fieldset>
      {patient && recorded && (
        <Choice
          type="checkbox"
          label={t(`differentThisTime.${choice.channel}`)}
          checked={choice.useOneOff}
          onChange={(event) => update({ useOneOff: event.target.checked })}
        />
      )}
      {(!recorded || choice.useOneOff) && (
        <Field
          label={patient ? t(`oneOffForLink.${choice.channel}`) : t(`oneOff.${choice.channel}`)}
          hint={patient ? t('oneOffHint') : sms ? t('mobileExample') : undefined}
          type={sms ? 'tel' : 'email'}
          inputMode={sms ? 'tel' : 'email'}
          autoComplete="off"
          value={choice.oneOff}
          error={oneOffProblem}
          onChange={(event) => update({ oneOff: event.target.value })}
        />
      )}
    </>
  );
};
