import type { MediaCredentials } from '@clinicall/shared';
import { expect, test } from 'vitest';
import { withAdmitted } from './prepare-call.ts';

const p2p = (roster: string[]): MediaCredentials => ({ kind: 'p2p', roomId: 'r', peerId: 'host', roster, iceServers: [] });

test('the person being admitted is on the call list once the admission is through, even if the credentials came first', async () => {
  const admitted = await withAdmitted(Promise.resolve(p2p(['host'])), { participantId: 'patient', admission: Promise.resolve() });
  expect(admitted).toMatchObject({ roster: ['host', 'patient'] });
  const already = await withAdmitted(Promise.resolve(p2p(['host', 'patient'])), { participantId: 'patient', admission: Promise.resolve() });
  expect(already).toMatchObject({ roster: ['host', 'patient'] });
});

test('a refused admission adds no one, and a call opened without admitting is as the server listed it', async () => {
  const refused = await withAdmitted(Promise.resolve(p2p(['host'])), { participantId: 'patient', admission: Promise.reject(new Error('409')) });
  expect(refused).toMatchObject({ roster: ['host'] });
  expect(await withAdmitted(Promise.resolve(p2p(['host'])), undefined)).toMatchObject({ roster: ['host'] });
});
