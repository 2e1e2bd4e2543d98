import { type FormEvent, useState } from 'react';
import { outcomeLabels, type OutcomeResult, videoConsultationCoding } from '@clinicall/shared';
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
  const [result, setResult] = useState<OutcomeResult>();
  const [technicalProblems, setTechnicalProblems] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!result || technicalProblems === undefined) {
      setProblem(!result ? 'Choose how the consultation went.' : 'Say whether you had technical problems.');
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await onSubmit({ result, technicalProblems });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not end the consultation. Try again.');
      setBusy(false);
    }
  };

  return (
    <Dialog title="End the consultation" onClose={onCancel}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {problem && <Notice tone="error">{problem}</Notice>}
        <fieldset className="choices">
          <legend>Outcome</legend>
          {(['completed', 'unsuccessful'] as const).map((value) => (
            <Choice
              key={value}
              name="result"
              value={value}
              label={outcomeLabels[value]}
              hint={
                value === 'completed'
                  ? `Recorded as SNOMED CT ${videoConsultationCoding.code} “${videoConsultationCoding.display}”`
                  : 'No clinical code is recorded.'
              }
              checked={result === value}
              onChange={() => setResult(value)}
            />
          ))}
        </fieldset>
        <YesNo name="host-technical-problems" legend="Did you have technical problems?" value={technicalProblems} onChange={setTechnicalProblems} />
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Ending…' : 'End consultation'}
          </button>
          <button className="button" type="button" onClick={onCancel}>
            Back to the call
          </button>
        </div>
      </form>
    </Dialog>
  );
};
