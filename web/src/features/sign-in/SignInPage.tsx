import { type FormEvent, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SignedIn, SignIn } from '@clinicall/shared';
import { ApiError } from '../../api/client.ts';
import { navigate, usePath } from '../../app/router.tsx';
import { type CognitoAuth, completeSignIn, signInCallbackPath, SignInFailed, startSignIn } from '../../auth/cognito.ts';
import { signedIn } from '../../auth/staff-session.ts';
import { siteConfig } from '../../config.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import { Field } from '../../ui/Field.tsx';
import { Layout, Notice } from '../../ui/Layout.tsx';

/** Local sign-in: the same screen the Cognito sign-in shows in AWS. */
const signInLocally = async (email: string, password: string): Promise<string> => {
  const response = await fetch('/api/local/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const payload = (await response.json().catch(() => ({}))) as { message?: string; error?: string; retryAfterSeconds?: number };
  if (!response.ok) {
    const details = typeof payload.retryAfterSeconds === 'number' ? { retryAfterSeconds: payload.retryAfterSeconds } : {};
    throw new ApiError(response.status, payload.error ?? 'unknown', payload.message ?? 'Sign-in failed.', [], details);
  }
  return SignedIn.parse(payload).token;
};

/** One exchange per code, however often the callback renders (a code works once). */
let exchange: { search: string; token: Promise<string> } | undefined;
const exchangeOnce = (auth: CognitoAuth, search: string) => {
  if (exchange?.search !== search) exchange = { search, token: completeSignIn(auth, search) };
  return exchange.token;
};

/** The local runtime's refusals it has words for; anything else as the runtime put it. */
const localProblem = (error: unknown, t: TFunction<'signIn'>): string => {
  if (!(error instanceof ApiError) || error.code === 'unknown') return t('failed');
  if (error.code === 'unauthorized') return t('wrongPassword');
  const wait = error.details.retryAfterSeconds;
  if (error.code === 'too-many-attempts' && typeof wait === 'number') return t('tooManyAttempts', { count: wait });
  return error.message;
};

const Intro = () => {
  const { t } = useTranslation('signIn');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
    </>
  );
};

/** In AWS: the same screen, leading to the organisation's Cognito sign-in and back to /auth/callback. */
const CognitoSignIn = ({ auth }: { auth: CognitoAuth }) => {
  const { t } = useTranslation('signIn');
  const callback = usePath() === signInCallbackPath;
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(callback);

  useEffect(() => {
    if (!callback) return;
    let current = true;
    exchangeOnce(auth, location.search).then(
      (token) => {
        signedIn(token);
        navigate('/', { replace: true });
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SignInFailed && error.reason === 'refused') setProblem(error.message);
        else setProblem(error instanceof SignInFailed && error.reason === 'expired' ? t('expired') : t('failed'));
        setBusy(false);
        navigate('/sign-in', { replace: true });
      },
    );
    return () => {
      current = false;
    };
  }, [auth, callback, t]);

  const start = () => {
    setBusy(true);
    setProblem(undefined);
    startSignIn(auth).catch(() => {
      setProblem(t('couldNotStart'));
      setBusy(false);
    });
  };

  return (
    <Layout actions={<LanguageSwitch />}>
      <section className="card card--narrow">
        <Intro />
        {problem && <Notice tone="error">{problem}</Notice>}
        <button className="button button--primary" type="button" disabled={busy} onClick={start}>
          {callback && busy ? t('signingIn') : t('withOrganisation')}
        </button>
      </section>
    </Layout>
  );
};

export const SignInPage = () => {
  const { auth } = siteConfig();
  return auth.kind === 'cognito' ? <CognitoSignIn auth={auth} /> : <LocalSignIn />;
};

/** Locally: email and password, checked by the local runtime. */
const LocalSignIn = () => {
  const { t } = useTranslation('signIn');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SignIn.safeParse({ email, password });
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const emailIssue = issues.find((issue) => issue.path[0] === 'email');
      setProblems({
        email: emailIssue && t(emailIssue.code === 'too_big' ? 'problems.emailTooLong' : 'problems.emailInvalid'),
        password: issues.some((issue) => issue.path[0] === 'password') ? t('problems.password') : undefined,
      });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      signedIn(await signInLocally(parsed.data.email, parsed.data.password));
      navigate('/', { replace: true });
    } catch (error) {
      setProblems({ form: localProblem(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout actions={<LanguageSwitch />}>
      <section className="card card--narrow">
        <Intro />
        {problems.form && <Notice tone="error">{problems.form}</Notice>}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Field label={t('email')} type="email" autoComplete="username" value={email} error={problems.email} onChange={(e) => setEmail(e.target.value)} />
          <Field
            label={t('password')}
            type="password"
            autoComplete="current-password"
            value={password}
            error={problems.password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('signingIn') : t('signIn')}
          </button>
        </form>
      </section>
    </Layout>
  );
};
