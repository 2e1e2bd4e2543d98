import { useEffect, useState } from 'react';
import { operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';

export interface PatientsState {
  readonly patients: readonly Patient[];
  readonly loading: boolean;
  readonly problem?: string;
}

interface Answer {
  readonly key: string;
  readonly patients: readonly Patient[];
  readonly problem?: string;
}

/** The directory (A–Z) or the matches for `query`, fetched once the typing settles. */
export const usePatients = (token: string, query: string, revision: number): PatientsState => {
  const trimmed = query.trim();
  const key = `${revision}:${trimmed}`;
  const tooShort = trimmed.length === 1;
  const [answer, setAnswer] = useState<Answer>();

  useEffect(() => {
    if (tooShort) return;
    let current = true;
    const timer = setTimeout(() => {
      call(operations.searchPatients, { token, query: trimmed ? { query: trimmed } : {} }).then(
        (result) => current && setAnswer({ key, patients: result.patients }),
        (error: unknown) =>
          current &&
          setAnswer({
            key,
            patients: [],
            problem: error instanceof ApiError ? error.message : 'Could not load patients.',
          }),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [token, trimmed, key, tooShort]);

  if (tooShort) return { patients: [], loading: false, problem: 'Type at least 2 characters.' };
  return {
    patients: answer?.patients ?? [],
    loading: answer?.key !== key,
    ...(answer?.key === key && answer.problem && { problem: answer.problem }),
  };
};
