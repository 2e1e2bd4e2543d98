import { useEffect, useState } from 'react';
import { operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';

export interface PatientsState {
  readonly patients: readonly Patient[];
  readonly loading: boolean;
  readonly problem?: string;
  readonly next?: string;
}

/** The directory (A–Z) or the matches for `query`, re-fetched as the query settles. */
export const usePatients = (token: string, query: string, revision: number): PatientsState => {
  const [state, setState] = useState<PatientsState>({ patients: [], loading: true });
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length === 1) {
      setState({ patients: [], loading: false, problem: 'Type at least 2 characters.' });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      call(operations.searchPatients, { token, query: trimmed ? { query: trimmed } : {} }).then(
        (result) => current && setState({ patients: result.patients, loading: false, ...(result.next && { next: result.next }) }),
        (error: unknown) =>
          current &&
          setState({
            patients: [],
            loading: false,
            problem: error instanceof ApiError ? error.message : 'Could not load patients.',
          }),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [token, query, revision]);
  return state;
};
