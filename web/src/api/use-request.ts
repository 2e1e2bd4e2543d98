import { useState } from 'react';
import { ApiError } from './request.ts';

/**
 * A request made from a button: busy while it runs, and its refusal in the page's words
 * (`otherwise` when the API did not answer one). `run` answers whether it went through;
 * `setProblem` shows a problem found before asking.
 */
export const useRequest = (otherwise: string) => {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const run = async (request: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await request();
      return true;
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : otherwise);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, setProblem };
};
