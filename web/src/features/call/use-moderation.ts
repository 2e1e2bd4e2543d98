import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';

export type PersonAction = 'mute' | 'stopVideo' | 'hold' | 'remove';

const operationOf = {
  mute: operations.muteParticipant,
  stopVideo: operations.stopParticipantVideo,
  hold: operations.holdParticipant,
  remove: operations.removeParticipant,
} as const;

/** The host's hand on the people of the call: the server decides; the list follows its events. */
export const useModeration = (consultationId: string, token: string) => {
  const { t } = useTranslation('call');
  const [problem, setProblem] = useState<string>();
  const settle = (request: Promise<unknown>) =>
    request.then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : t('moderation.failed')),
    );
  const act = (action: PersonAction, participantId: string) =>
    void settle(call(operationOf[action], { params: { id: consultationId, participantId }, token }));
  const muteOthers = () => void settle(call(operations.muteOthers, { params: { id: consultationId }, token }));
  return { act, muteOthers, problem };
};
