import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';

/** The host lets someone in from the call (from the banner or the people list). */
export const useAdmit = (consultationId: string, token: string) => {
  const { t } = useTranslation('call');
  const [problem, setProblem] = useState<string>();
  const admit = (participantId: string) => {
    call(operations.admit, { params: { id: consultationId }, body: { participantId }, token }).then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : t('admitFailed')),
    );
  };
  return { admit, problem };
};
