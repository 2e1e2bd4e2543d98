import { useEffect, useRef, useState } from 'react';
import type { EventStream } from '../../api/events.ts';
import { type ParticipantSession, readSession, type SessionState } from '../../api/participant.ts';
import { ApiError } from '../../api/request.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import { applySessionEvent } from './session-events.ts';

export interface SessionView {
  readonly state: SessionState | undefined;
  /** The session is no longer accepted (expired, or the consultation was tidied away). */
  readonly lost: boolean;
  /** Coming back was refused for now (a meeting room that filled up meanwhile), in words; the poll asks again. */
  readonly refused: string | undefined;
  /** Ask again at once. */
  readonly retry: () => void;
  /** What this person's own action answered (raising a hand): shown at once. */
  readonly update: (state: SessionState) => void;
}

const pollMs = 15_000;
const rereadAfterMs = 200;
/** Once let in, the call starts first: the session is read again when it is under way. */
const rereadAfterAdmissionMs = 3_000;

/**
 * Where this person stands (waiting, admitted, left) and how the consultation is going. Events
 * apply at once, then the state is read again; a slow poll covers a socket that is down.
 * Reading the session brings someone who had left back where they were (a reload, the Back
 * button): while they are `away` by their own choice (they pressed Leave), it is not read, and
 * events alone keep the page up to date until they rejoin.
 */
export const useSessionState = (session: ParticipantSession, events: EventStream | undefined, away = false): SessionView => {
  const [state, setState] = useState<SessionState>();
  const [lost, setLost] = useState(false);
  const [refused, setRefused] = useState<string>();
  const [revision, setRevision] = useState(0);
  // A read started before the latest event must not undo what that event said.
  const lastEvent = useRef(0);
  const reads = useRef(0);

  useEffect(() => {
    if (away) return;
    let current = true;
    const started = ++reads.current;
    const read = () =>
      readSession(session.session).then(
        (answer) => {
          if (current) setRefused(undefined);
          if (current && started >= lastEvent.current) setState(answer);
        },
        (error: unknown) => {
          if (current && error instanceof ApiError && [401, 403, 404].includes(error.status)) setLost(true);
          else if (current && error instanceof ApiError && error.status === 409) setRefused(error.message);
        },
      );
    void read();
    const poll = setInterval(() => void read(), pollMs);
    return () => {
      current = false;
      clearInterval(poll);
    };
  }, [session.session, revision, away]);

  const refresh = () => setRevision((n) => n + 1);
  // Events come in bursts (an admission tells of the person, then of the consultation): one read
  // after the burst, rather than one per event competing with the call starting.
  const rereadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const rereadSoon = (afterMs: number) => {
    rereadTimer.current ??= setTimeout(() => {
      rereadTimer.current = undefined;
      refresh();
    }, afterMs);
  };
  useEffect(() => () => clearTimeout(rereadTimer.current), []);
  useServerEvents(
    events,
    (event) => {
      if (event.type === 'signal' || event.type === 'admitted-media') return;
      if (!('consultationId' in event) || event.consultationId !== session.consultationId) return;
      lastEvent.current = reads.current + 1;
      setState((previous) => previous && applySessionEvent(previous, event, session.participantId));
      const letIn =
        event.type === 'participant-changed' &&
        event.participant.id === session.participantId &&
        event.participant.state === 'admitted' &&
        state?.participant.state !== 'admitted';
      if (letIn) {
        // What the events said stands meanwhile; the read waits for the call, not the other way.
        clearTimeout(rereadTimer.current);
        rereadTimer.current = undefined;
      }
      rereadSoon(letIn ? rereadAfterAdmissionMs : rereadAfterMs);
    },
    refresh,
  );

  const update = (answer: SessionState) => {
    lastEvent.current = reads.current + 1;
    setState(answer);
  };
  return { state, lost, refused, retry: refresh, update };
};
