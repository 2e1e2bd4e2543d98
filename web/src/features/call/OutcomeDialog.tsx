import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutcomeResult, videoConsultationCoding } from '@clinicall/shared';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { YesNo } from '../../ui/YesNo.tsx';

export interface OutcomeAnswer {
  readonly result: OutcomeResult;
  readonly technicalProblems: boolean;
}

interface OutcomeDialogProps {
  readonly onSubmit: (answer: OutcomeAnswer) => Promise<void>;
  readonly onCancel: () => void;
}

/** The host records how the consultation went before it ends. */
export const OutcomeDialog = ({ onSubmit, onCancel }: OutcomeDialogProps) => {
  const { t } = useTranslation('call', { keyPrefix: 'outcome' });
  const [result, setResult] = useState<OutcomeResult>();
  const [technicalProblems, setTechnicalProblems] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!result || technicalProblems === undefined) {
      setProblem(!result ? t('chooseOutcome') : t('sayTechnical'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await onSubmit({ result, technicalProblems });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('failed'));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('title')} onClose={onCancel}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {problem && <Notice tone="error">{problem}</Notice>}
        <fieldset className="choices">
          <legend>{t('legend')}</legend>
          {(['completed', 'unsuccessful'] as const).map((value) => (
            <Choice
              key={value}
              name="result"
              value={value}
              label={t(value)}
              hint={
                value === 'completed'
                  ? t('completedHint', {
                      code: videoConsultationCoding.code,
                      display: videoConsultationCoding.display,
                    })
                  : t('unsuccessfulHint')
              }
              checked={result === value}
              onChange={() => setResult(value)}
            />
          ))}
        </fieldset>
        <YesNo
          name="host-technical-problems"
          legend={t('technicalProblems')}
          value={technicalProblems}
          onChange={setTechnicalProblems}
        />
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('ending') : t('end')}
          </button>
          <button className="button" type="button" onClick={onCancel}>
            {t('back')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
