import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmIdentity, type ParticipantSession, type Proof } from '../../api/participant.ts';
import { ApiError } from '../../api/request.ts';
import { PatientLayout } from '../../ui/PatientLayout.tsx';
import { DateOfBirthForm } from './DateOfBirthForm.tsx';
import { loadDeviceCheck } from './device-check/load.ts';
import { loadJoinedConsultation } from './joined-load.ts';
import { captureJoinToken, capturedJoinToken, forgetJoinToken, joinToken } from './join-token.ts';
import { isLinkProblem, LinkProblem, type LinkProblemReason } from './LinkProblem.tsx';
import { NameForm } from './NameForm.tsx';
import { openLinkOnce } from './open-link.ts';
import { forgetSession, savedSession, saveSession } from './session-store.ts';
import { rememberLink, sessionForLink } from './device-links.ts';

type Step =
  | { readonly kind: 'opening' }
  | {
      readonly kind: 'verify-date-of-birth' | 'enter-name';
      readonly refusal?: string;
      readonly name?: string;
      readonly meetingRoom?: { readonly name: string };
    }
  | { readonly kind: 'problem'; readonly reason: LinkProblemReason }
  | { readonly kind: 'unreachable'; readonly message: string | undefined }
  | { readonly kind: 'joined'; readonly session: ParticipantSession };

const JoinedConsultation = lazy(() => loadJoinedConsultation().then((module) => ({ default: module.JoinedConsultation })));

/** While a returning person's waiting room is fetched (someone who typed has it already). */
const Opening = () => {
  const { t } = useTranslation('join');
  return (
    <PatientLayout>
      <p className="patient-card" role="status">
        {t('opening')}
      </p>
    </PatientLayout>
  );
};

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
    return { kind: 'problem', reason: error.code };
  }
  if (error instanceof ApiError && error.status === 400) {
    forgetJoinToken();
    return { kind: 'problem', reason: 'link-invalid' };
  }
  // The words for the refusal's code (the page's own words when it is not a refusal).
  return { kind: 'unreachable', message: error instanceof ApiError ? error.message : undefined };
};

/** /join#<token>: the patient's way in — open the link, prove who they are, wait to be admitted. */
export const JoinPage = () => {
  const { t } = useTranslation(['join', 'errors']);
  const [step, setStep] = useState<Step>(firstStep);
  const [attempt, setAttempt] = useState(0);

  const enter = (session: ParticipantSession) => {
    saveSession(session);
    const token = joinToken();
    // This device may open the same link again and carry on (it is used up for every other one).
    if (token) void rememberLink(token, session);
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
    const opened = sessionForLink(token).then((session) =>
      session ? ({ next: 'waiting-room', ...session } as const) : openLinkOnce(token),
    );
    opened.then(
      (result) => {
        if (!current) return;
        if (result.next === 'waiting-room') enter(result);
        else if (result.next === 'enter-name') {
          setStep({
            kind: result.next,
            ...(result.name && { name: result.name }),
            ...(result.meetingRoom && { meetingRoom: result.meetingRoom }),
          });
        } else setStep({ kind: result.next });
      },
      (error: unknown) => current && setStep(stepAfter(error)),
    );
    return () => {
      current = false;
    };
  }, [step.kind, attempt]);

  // While they type, fetch the device check and the waiting room that come next.
  const asking = step.kind === 'verify-date-of-birth' || step.kind === 'enter-name';
  useEffect(() => {
    if (!asking) return;
    void loadDeviceCheck();
    void loadJoinedConsultation();
  }, [asking]);

  const verify = async (proof: Proof) => {
    const token = joinToken();
    if (!token || (step.kind !== 'verify-date-of-birth' && step.kind !== 'enter-name')) return;
    try {
      enter(await confirmIdentity(token, proof));
    } catch (error) {
      // A refusal's message is the words for its code, with the attempts left.
      if (error instanceof ApiError && isLinkProblem(error.code)) setStep(stepAfter(error));
      else
        setStep({
          ...step,
          refusal: error instanceof ApiError ? error.message : t('unknown', { ns: 'errors' }),
        });
    }
  };

  if (step.kind === 'joined') {
    return (
      <Suspense fallback={<Opening />}>
        <JoinedConsultation session={step.session} />
      </Suspense>
    );
  }
  return (
    <PatientLayout>
      {step.kind === 'opening' && (
        <p className="patient-card" role="status">
          {t('opening')}
        </p>
      )}
      {step.kind === 'verify-date-of-birth' && (
        <DateOfBirthForm refusal={step.refusal} onSubmit={(dateOfBirth) => verify({ dateOfBirth })} />
      )}
      {step.kind === 'enter-name' && (
        <NameForm
          refusal={step.refusal}
          suggested={step.name}
          meetingRoom={step.meetingRoom}
          onSubmit={(displayName) => verify({ displayName })}
        />
      )}
      {step.kind === 'problem' && <LinkProblem reason={step.reason} />}
      {step.kind === 'unreachable' && (
        <section className="patient-card">
          <h1>{t('unreachable')}</h1>
          <p>{step.message ?? t('unknown', { ns: 'errors' })}</p>
          <button
            className="button button--primary button--block"
            type="button"
            onClick={() => {
              setStep({ kind: 'opening' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('tryAgain')}
          </button>
        </section>
      )}
    </PatientLayout>
  );
};
