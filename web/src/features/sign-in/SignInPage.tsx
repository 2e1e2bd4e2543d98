import { type FormEvent, useEffect, useState } from 'react';
import { z } from 'zod';
import { SignedIn, SignIn } from '@clinicall/shared';
import { ApiError } from '../../api/client.ts';
import { navigate, usePath } from '../../app/router.tsx';
import { type CognitoAuth, completeSignIn, signInCallbackPath, SignInFailed, startSignIn } from '../../auth/cognito.ts';
import { signedIn } from '../../auth/staff-session.ts';
import { siteConfig } from '../../config.ts';
import { Field } from '../../ui/Field.tsx';
import { Layout, Notice } from '../../ui/Layout.tsx';

/** Local sign-in: the same screen the Cognito sign-in shows in AWS. */
const signInLocally = async (email: string, password: string): Promise<string> => {
  const response = await fetch('/api/local/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const payload = (await response.json().catch(() => ({}))) as { message?: string; error?: string };
  if (!response.ok) throw new ApiError(response.status, payload.error ?? 'unknown', payload.message ?? 'Sign-in failed.');
  return SignedIn.parse(payload).token;
};

/** One exchange per code, however often the callback renders (a code works once). */
let exchange: { search: string; token: Promise<string> } | undefined;
const exchangeOnce = (auth: CognitoAuth, search: string) => {
  if (exchange?.search !== search) exchange = { search, token: completeSignIn(auth, search) };
  return exchange.token;
};

const Intro = () => (
  <>
    <h1>Sign in</h1>
    <p className="muted">Clinicall for clinic staff. Patients join from the link they were sent.</p>
  </>
);

/** In AWS: the same screen, leading to the organisation's Cognito sign-in and back to /auth/callback. */
const CognitoSignIn = ({ auth }: { auth: CognitoAuth }) => {
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
        setProblem(error instanceof SignInFailed ? error.message : 'Sign-in failed. Please try again.');
        setBusy(false);
        navigate('/sign-in', { replace: true });
      },
    );
    return () => {
      current = false;
    };
  }, [auth, callback]);

  const start = () => {
    setBusy(true);
    setProblem(undefined);
    startSignIn(auth).catch(() => {
      setProblem('Sign-in could not start. Please try again.');
      setBusy(false);
    });
  };

  return (
    <Layout>
      <section className="card card--narrow">
        <Intro />
        {problem && <Notice tone="error">{problem}</Notice>}
        <button className="button button--primary" type="button" disabled={busy} onClick={start}>
          {callback && busy ? 'Signing in…' : 'Sign in with your organisation account'}
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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SignIn.safeParse({ email, password });
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error).fieldErrors;
      setProblems({ email: flat.email?.[0], password: flat.password?.[0] });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      signedIn(await signInLocally(parsed.data.email, parsed.data.password));
      navigate('/', { replace: true });
    } catch (error) {
      // A refusal's message is the words for its code; for sign-in, 401 means the details are wrong.
      const refused = error instanceof ApiError && error.status === 401;
      setProblems({
        form: refused ? 'That email and password do not match an account.' : error instanceof ApiError ? error.message : 'Sign-in failed. Please try again.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout>
      <section className="card card--narrow">
        <Intro />
        {problems.form && <Notice tone="error">{problems.form}</Notice>}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Field label="Email" type="email" autoComplete="username" value={email} error={problems.email} onChange={(e) => setEmail(e.target.value)} />
          <Field
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={problems.password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
    </Layout>
  );
};
