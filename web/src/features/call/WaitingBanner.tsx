import { useState } from 'react';
import { operations, type Participant } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';

/** In the call, the host still sees who is waiting (someone who dropped out comes back through the waiting room). */
export const WaitingBanner = ({ consultationId, token, waiting }: { consultationId: string; token: string; waiting: readonly Participant[] }) => {
  const [problem, setProblem] = useState<string>();
  const admit = (participantId: string) =>
    call(operations.admit, { params: { id: consultationId }, body: { participantId }, token }).then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(error instanceof ApiError ? error.message : 'Could not admit them. Try again.'),
    );
  return (
    <div aria-live="polite">
      {waiting.map((participant) => (
        <div key={participant.id} className="call__banner">
          <span>{participant.displayName} is waiting</span>
          <button className="button button--primary" type="button" onClick={() => void admit(participant.id)}>
            Admit {participant.displayName}
          </button>
        </div>
      ))}
      {problem && (
        <p className="call__banner" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
};
