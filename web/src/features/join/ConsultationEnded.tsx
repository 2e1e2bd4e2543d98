import { useEffect, useId, useState } from 'react';
import { sendFeedback } from '../../api/participant.ts';
import { ApiError } from '../../api/request.ts';
import { coolDownLocalMedia } from '../../media/warm-up.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/** The end: asks the person whether they had technical problems, as the clinician is asked. */
export const ConsultationEnded = ({ session }: { session: string }) => {
  useDocumentTitle('Consultation ended');
  // Ended from the waiting room: the camera started there is not needed any more.
  useEffect(coolDownLocalMedia, []);
  const questionId = useId();
  const [answered, setAnswered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const answer = async (technicalProblems: boolean) => {
    setBusy(true);
    try {
      await sendFeedback(session, technicalProblems);
      setAnswered(true);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Your answer could not be sent. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="patient-card">
      <h1>The consultation has ended</h1>
      {answered ? (
        <p role="status">Thank you. You can now close this page.</p>
      ) : (
        <div role="group" aria-labelledby={questionId}>
          <h2 id={questionId}>Did you have technical problems?</h2>
          <p className="muted">Your answer helps your clinic improve video consultations.</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions actions--stacked">
            <button className="button" type="button" disabled={busy} onClick={() => void answer(true)}>
              Yes
            </button>
            <button className="button" type="button" disabled={busy} onClick={() => void answer(false)}>
              No
            </button>
          </div>
        </div>
      )}
    </section>
  );
};
