import type { ServerEvent } from '@clinicall/shared';
import { expect, test } from 'vitest';
import type { EventStream } from '../../api/events.ts';
import { EventsSignaller } from './events-signaller.ts';

/** The part of the events stream the signaller uses: what it heard so far, and what comes next. */
const streamHeard = (inCall: [string, boolean][], rooms: [string, string][] = []) => {
  const listeners = new Set<(event: ServerEvent) => void>();
  const stream = {
    inCall: new Map(inCall),
    roomOf: new Map(rooms),
    subscribe: (listener: (event: ServerEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const hear = (id: string, state: string, room?: string) =>
    listeners.forEach((listener) =>
      listener({ type: 'participant-changed', consultationId: 'c', participant: { id, state, ...(room && { room }) } } as unknown as ServerEvent),
    );
  return { stream: stream as unknown as EventStream, hear };
};

test('a call that starts listening late first hears who the stream already heard come in or go, then each change', () => {
  // The clinician's stream opened as they admitted the patient; the call page joins afterwards.
  const { stream, hear } = streamHeard([
    ['patient', true],
    ['interpreter', false],
  ]);
  const heard: [string, boolean][] = [];
  const stop = new EventsSignaller(stream).onRoster((peerId, inCall) => heard.push([peerId, inCall]));
  expect(heard).toEqual([
    ['patient', true],
    ['interpreter', false],
  ]);
  hear('interpreter', 'admitted');
  hear('patient', 'waiting');
  expect(heard.slice(2)).toEqual([
    ['interpreter', true],
    ['patient', false],
  ]);
  stop();
  hear('patient', 'admitted');
  expect(heard).toHaveLength(4);
});

test('in a room, a person is in the call while admitted and there; moving elsewhere is leaving it', () => {
  const { stream, hear } = streamHeard(
    [
      ['ann', true],
      ['ben', true],
    ],
    [
      ['ann', 'breakout-1'],
      ['ben', 'main'],
    ],
  );
  const heard: [string, boolean][] = [];
  new EventsSignaller(stream).onRoster((peerId, inCall) => heard.push([peerId, inCall]), 'breakout-1');
  expect(heard).toEqual([
    ['ann', true],
    ['ben', false],
  ]);
  hear('ben', 'admitted', 'breakout-1');
  hear('ann', 'admitted');
  hear('cai', 'waiting', 'breakout-1');
  expect(heard.slice(2)).toEqual([
    ['ben', true],
    ['ann', false],
    ['cai', false],
  ]);
});
