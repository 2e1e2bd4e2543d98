import { useEffect, useState } from 'react';
import { confirmIdentity, type ParticipantSession, type Proof } from '../../api/participant.ts';
import { ApiError } from '../../api/request.ts';
import { PatientLayout } from '../../ui/PatientLayout.tsx';
import { DateOfBirthForm } from './DateOfBirthForm.tsx';
import { loadDeviceCheck } from './device-check/load.ts';
import { JoinedConsultation } from './JoinedConsultation.tsx';
import { captureJoinToken, capturedJoinToken, forgetJoinToken, joinToken } from './join-token.ts';
import { isLinkProblem, LinkProblem, type LinkProblemReason } from './LinkProblem.tsx';
import { NameForm } from './NameForm.tsx';
import { openLinkOnce } from './open-link.ts';
import { forgetSession, savedSession, saveSession } from './session-store.ts';

type Step =
  | { readonly kind: 'opening' }
  | { readonly kind: 'verify-date-of-birth' | 'enter-name'; readonly refusal?: string }
  | { readonly kind: 'problem'; readonly reason: LinkProblemReason; readonly message?: string }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'joined'; readonly session: ParticipantSession };

const firstStep = (): Step => {
  // A link opened just now wins over an earlier visit in this tab.
  if (capturedJoinToken()) forgetSession();
  const saved = savedSession();
  if (saved) return { kind: 'joined', session: saved };
  return joinToken() ? { kind: 'opening' } : { kind: 'problem', reason: 'no-link' };
};

/** A link that cannot be used is forgotten: it is no use, and it is a secret. */
const stepAfter = (error: unknown): Step => {
  if (error instanceof ApiError && isLinkProblem(error.code)) {
    forgetJoinToken();
    return { kind: 'problem', reason: error.code, message: error.message };
  }
  if (error instanceof ApiError && error.status === 400) {
    forgetJoinToken();
    return { kind: 'problem', reason: 'link-invalid' };
  }
  return { kind: 'unreachable', message: error instanceof ApiError ? error.message : 'Something went wrong. Please try again.' };
};

const attemptsLeftOf = (error: ApiError): string => {
  const left = error.details.attemptsLeft;
  if (typeof left !== 'number') return error.message;
  return `${error.message} You have ${left} ${left === 1 ? 'attempt' : 'attempts'} left.`;
};

/** /join#<token>: the patient's way in — open the link, prove who they are, wait to be admitted. */
export const JoinPage = () => {
  const [step, setStep] = useState<Step>(firstStep);
  const [attempt, setAttempt] = useState(0);

  const enter = (session: ParticipantSession) => {
    saveSession(session);
    forgetJoinToken();
    setStep({ kind: 'joined', session });
  };

  // Another link opened in this same tab (only the fragment changes, so the page does not reload).
  useEffect(() => {
    const newLink = () => {
      captureJoinToken();
      if (!capturedJoinToken()) return;
      forgetSession();
      setStep({ kind: 'opening' });
      setAttempt((n) => n + 1);
    };
    window.addEventListener('hashchange', newLink);
    return () => window.removeEventListener('hashchange', newLink);
  }, []);

  useEffect(() => {
    const token = joinToken();
    if (step.kind !== 'opening' || !token) return;
    let current = true;
    openLinkOnce(token).then(
      (result) => {
        if (!current) return;
        if (result.next === 'waiting-room') enter(result);
        else setStep({ kind: result.next });
      },
      (error: unknown) => current && setStep(stepAfter(error)),
    );
    return () => {
      current = false;
    };
  }, [step.kind, attempt]);

  // While they type, fetch the device check that comes next.
  const asking = step.kind === 'verify-date-of-birth' || step.kind === 'enter-name';
  useEffect(() => {
    if (asking) void loadDeviceCheck();
  }, [asking]);

  const verify = async (proof: Proof) => {
    const token = joinToken();
    if (!token || (step.kind !== 'verify-date-of-birth' && step.kind !== 'enter-name')) return;
    try {
      enter(await confirmIdentity(token, proof));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'verification-failed') setStep({ kind: step.kind, refusal: attemptsLeftOf(error) });
      else if (error instanceof ApiError && isLinkProblem(error.code)) setStep(stepAfter(error));
      else setStep({ kind: step.kind, refusal: error instanceof ApiError ? error.message : 'Please try again.' });
    }
  };

  if (step.kind === 'joined') return <JoinedConsultation session={step.session} />;
  return (
    <PatientLayout>
      {step.kind === 'opening' && (
        <p className="patient-card" role="status">
          Opening your link…
        </p>
      )}
      {step.kind === 'verify-date-of-birth' && (
        <DateOfBirthForm refusal={step.refusal} onSubmit={(dateOfBirth) => verify({ dateOfBirth })} />
      )}
      {step.kind === 'enter-name' && <NameForm refusal={step.refusal} onSubmit={(displayName) => verify({ displayName })} />}
      {step.kind === 'problem' && <LinkProblem reason={step.reason} message={step.message} />}
      {step.kind === 'unreachable' && (
        <section className="patient-card">
          <h1>We could not reach your clinic</h1>
          <p>{step.message}</p>
          <button
            className="button button--primary button--block"
            type="button"
            onClick={() => {
              setStep({ kind: 'opening' });
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
        </section>
      )}
    </PatientLayout>
  );
};
