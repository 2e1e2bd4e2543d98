import { useCallback, useEffect, useRef, useState } from 'react';
import { type DirectCall, operations } from '@clinicall/shared';
import { careEventOf } from '../../api/care-events.ts';
import { ApiError, call } from '../../api/client.ts';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';

export type Calling =
  | { readonly phase: 'starting' }
  | { readonly phase: 'call'; readonly call: DirectCall }
  /** The API's reason, if it gave one. */
  | { readonly phase: 'failed'; readonly message?: string | undefined };

export interface DirectCallControls {
  readonly calling: Calling;
  /** Ring again (Try again). */
  readonly ring: () => void;
  /** Hang up before they answer. */
  readonly hangUp: () => Promise<void>;
}

const pollMs = 2000;

/**
 * Call Patient: rings the patient's open portal and follows the call — in real time by
 * 'direct-call-changed' events, and every 2 seconds by asking, in case the socket is down.
 */
export const useDirectCall = (
  token: string,
  patientId: string,
  events: EventStream | undefined,
): DirectCallControls => {
  const [calling, setCalling] = useState<Calling>({ phase: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const started = useRef(-1);
  const callId = calling.phase === 'call' ? calling.call.id : undefined;
  const ringing = calling.phase === 'call' && calling.call.status === 'ringing';

  // Ringing is not repeatable: once per attempt, even when effects run twice.
  useEffect(() => {
    if (started.current === attempt) return;
    started.current = attempt;
    call(operations.callPatient, { token, params: { id: patientId } }).then(
      (answer) => setCalling({ phase: 'call', call: answer }),
      (error: unknown) =>
        setCalling({
          phase: 'failed',
          message: error instanceof ApiError ? error.message : undefined,
        }),
    );
  }, [token, patientId, attempt]);

  const read = useCallback(
    (id: string) =>
      call(operations.getDirectCall, { token, params: { id } }).then(
        (answer) =>
          setCalling((now) =>
            now.phase === 'call' && now.call.id === answer.id ? { phase: 'call', call: answer } : now,
          ),
        () => undefined, // the next poll or event tries again
      ),
    [token],
  );

  useEffect(() => {
    if (!ringing || !callId) return;
    const poll = setInterval(() => void read(callId), pollMs);
    return () => clearInterval(poll);
  }, [ringing, callId, read]);

  useServerEvents(
    events,
    (event) => {
      const care = careEventOf(event);
      if (care?.type !== 'direct-call-changed' || care.callId !== callId) return;
      setCalling((now) =>
        now.phase === 'call' && now.call.id === care.callId
          ? { phase: 'call', call: { ...now.call, status: care.status as DirectCall['status'] } }
          : now,
      );
      void read(care.callId);
    },
    () => callId && void read(callId),
  );

  return {
    calling,
    ring: () => {
      setCalling({ phase: 'starting' });
      setAttempt((n) => n + 1);
    },
    hangUp: async () => {
      if (!callId) return;
      try {
        const answer = await call(operations.cancelDirectCall, { token, params: { id: callId } });
        setCalling({ phase: 'call', call: answer });
      } catch {
        await read(callId); // answered or missed meanwhile: show how it really stands
      }
    },
  };
};
