import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('patients');
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
            problem: error instanceof ApiError ? error.message : t('couldNotLoad'),
          }),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [token, trimmed, key, tooShort, t]);

  if (tooShort) return { patients: [], loading: false, problem: t('tooShort') };
  return {
    patients: answer?.patients ?? [],
    loading: answer?.key !== key,
    ...(answer?.key === key && answer.problem && { problem: answer.problem }),
  };
};
