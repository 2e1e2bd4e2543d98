import { type FormEvent, useState } from 'react';
import { Field } from '../../ui/Field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

interface NameFormProps {
  readonly onSubmit: (displayName: string) => Promise<void>;
  readonly refusal?: string | undefined;
}

/** For someone not on record: the name the clinician will see in the waiting room. */
export const NameForm = ({ onSubmit, refusal }: NameFormProps) => {
  useDocumentTitle('Your name');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblem('Enter your name.');
    if (trimmed.length > 100) return setProblem('Names can be at most 100 characters.');
    setProblem(undefined);
    setBusy(true);
    try {
      await onSubmit(trimmed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="patient-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>What is your name?</h1>
      <p>Your clinician will see it when you are in the waiting room.</p>
      <Field label="Your name" autoComplete="name" value={name} error={problem ?? refusal} onChange={(event) => setName(event.target.value)} />
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? 'Joining…' : 'Continue'}
      </button>
    </form>
  );
};
