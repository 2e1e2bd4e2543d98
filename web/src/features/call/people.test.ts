import { beforeEach, expect, test } from 'vitest';
import type { RemotePeer } from '../../media/media-session.ts';
import { speak } from '../../ui/test-language.ts';
import { remoteStatus, roleLabel, statusWords } from './people.ts';

const media = { microphoneOn: true, cameraOn: true, sharingScreen: false, poorConnection: false };
beforeEach(() => speak('en'));

const peer = (change: Partial<RemotePeer>): RemotePeer => ({
  id: 'p',
  stream: {} as MediaStream,
  media,
  connection: 'connected',
  ...change,
});

test('a tile says what is off, and the connection trouble over the picture', () => {
  expect(
    statusWords(remoteStatus(peer({ media: { ...media, microphoneOn: false, cameraOn: false } }))),
  ).toEqual(['Microphone off', 'Camera off']);
  expect(remoteStatus(peer({ connection: 'reconnecting' })).connection).toBe('Reconnecting…');
  expect(remoteStatus(peer({ connection: 'no-network' })).connection).toBe('No network');
  expect(remoteStatus(peer({ media: { ...media, poorConnection: true } })).connection).toBe(
    'Poor connection: video paused',
  );
  expect(remoteStatus(peer({ connection: 'poor' })).connection).toBe('Poor connection: video paused');
  expect(remoteStatus(peer({})).connection).toBeUndefined();
});

test('sharing a screen goes beside the camera: the camera tile still says whether the camera is off', () => {
  expect(statusWords(remoteStatus(peer({ media: { ...media, sharingScreen: true } })))).toEqual(['Sharing their screen']);
  expect(statusWords(remoteStatus(peer({ media: { ...media, cameraOn: false, sharingScreen: true } })))).toEqual([
    'Camera off',
    'Sharing their screen',
  ]);
});

test('roles read as words; an unknown role is not shown', () => {
  expect(roleLabel('support-person')).toBe('Support person');
  expect(roleLabel('Dr Evil')).toBeUndefined();
  expect(roleLabel(undefined)).toBeUndefined();
});

test('in Swedish', () => {
  speak('sv');
  expect(
    statusWords(remoteStatus(peer({ media: { ...media, microphoneOn: false, cameraOn: false } }))),
  ).toEqual(['Mikrofonen av', 'Kameran av']);
  expect(roleLabel('interpreter')).toBe('Tolk');
  expect(remoteStatus(peer({ connection: 'reconnecting' })).connection).toBe('Återansluter…');
});
