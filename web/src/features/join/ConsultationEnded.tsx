import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendFeedback } from '../../api/participant.ts';
import { ApiError } from '../../api/request.ts';
import { Link, navigate } from '../../app/router.tsx';
import { coolDownLocalMedia } from '../../media/warm-up.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/**
 * The end: asks the person whether they had technical problems, as the clinician is asked.
 * Someone who came from their portal goes back to it once answered (or at once, by the button),
 * so the clinic's next call can ring there.
 */
export const ConsultationEnded = ({ session, returnTo }: { session: string; returnTo?: '/portal' | undefined }) => {
  const { t } = useTranslation(['join', 'ui']);
  useDocumentTitle(t('ended.pageTitle'));
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
      if (returnTo) navigate(returnTo);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : t('ended.notSent'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="patient-card">
      <h1>{t('ended.title')}</h1>
      {answered ? (
        <p role="status">{t('ended.thanks')}</p>
      ) : (
        <div role="group" aria-labelledby={questionId}>
          <h2 id={questionId}>{t('ended.question')}</h2>
          <p className="muted">{t('ended.why')}</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions actions--stacked">
            <button className="button" type="button" disabled={busy} onClick={() => void answer(true)}>
              {t('yes', { ns: 'ui' })}
            </button>
            <button className="button" type="button" disabled={busy} onClick={() => void answer(false)}>
              {t('no', { ns: 'ui' })}
            </button>
          </div>
        </div>
      )}
      {returnTo && (
        <Link className="button button--primary button--block" href={returnTo}>
          {t('ended.backToPortal')}
        </Link>
      )}
    </section>
  );
};
