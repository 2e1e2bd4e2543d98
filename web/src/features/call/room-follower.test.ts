import { expect, test, vi } from 'vitest';
import type { MediaCredentials } from '../../media/media-session.ts';
import { RoomFollower } from './room-follower.ts';

const credentialsOf = (room: string): MediaCredentials => ({ kind: 'p2p', roomId: `id-${room}`, peerId: 'me', roster: [], iceServers: [] });

/** A media session that moves when told, and the server's answers, each settled by the test. */
const setUp = () => {
  const media = {
    room: 'main',
    switchRoom: vi.fn((room: string, _credentials: MediaCredentials) => {
      media.room = room;
      return Promise.resolve();
    }),
  };
  const asked: { room: string; answer: (ok: boolean) => void }[] = [];
  const credentialsFor = vi.fn(
    (room: string) =>
      new Promise<MediaCredentials>((resolve, reject) =>
        asked.push({ room, answer: (ok) => (ok ? resolve(credentialsOf(room)) : reject(new Error('refused'))) }),
      ),
  );
  const failed = vi.fn();
  const follower = new RoomFollower(media, credentialsFor, failed);
  return { media, asked, credentialsFor, failed, follower };
};

test('hearing the room the media is in already changes nothing', () => {
  const { follower, credentialsFor, media } = setUp();
  follower.follow('main');
  expect(credentialsFor).not.toHaveBeenCalled();
  expect(media.switchRoom).not.toHaveBeenCalled();
});

test('moved to a breakout room: that room’s credentials are asked for and the media moves there, once', async () => {
  const { follower, asked, media } = setUp();
  follower.follow('breakout-1');
  follower.follow('breakout-1');
  expect(asked.map((a) => a.room)).toEqual(['breakout-1']);
  asked[0]?.answer(true);
  await vi.waitFor(() => expect(media.room).toBe('breakout-1'));
  expect(media.switchRoom).toHaveBeenCalledExactlyOnceWith('breakout-1', credentialsOf('breakout-1'));
  follower.follow('breakout-1');
  expect(asked).toHaveLength(1);
});

test('moved again while the first move is under way: the media goes straight to the latest room', async () => {
  const { follower, asked, media } = setUp();
  follower.follow('breakout-1');
  follower.follow('breakout-2');
  asked[0]?.answer(true);
  await vi.waitFor(() => expect(asked).toHaveLength(2));
  expect(asked[1]?.room).toBe('breakout-2');
  asked[1]?.answer(true);
  await vi.waitFor(() => expect(media.room).toBe('breakout-2'));
  expect(media.switchRoom.mock.calls.map(([room]) => room)).toEqual(['breakout-2']);
});

test('moved back before the move began: nothing moves', async () => {
  const { follower, asked, media, credentialsFor } = setUp();
  follower.follow('breakout-1');
  follower.follow('main');
  asked[0]?.answer(true);
  await credentialsFor.mock.results[0]?.value;
  await Promise.resolve();
  expect(media.room).toBe('main');
  expect(media.switchRoom).not.toHaveBeenCalled();
  expect(asked).toHaveLength(1);
});

test('a refused move is reported, the media stays, and the next word tries again', async () => {
  const { follower, asked, media, failed } = setUp();
  follower.follow('breakout-1');
  asked[0]?.answer(false);
  await vi.waitFor(() => expect(failed).toHaveBeenCalledWith('breakout-1', expect.any(Error)));
  expect(media.room).toBe('main');
  follower.follow('breakout-1');
  expect(asked).toHaveLength(2);
  asked[1]?.answer(true);
  await vi.waitFor(() => expect(media.room).toBe('breakout-1'));
});

test('once the call is left, an answer on its way moves nothing', async () => {
  const { follower, asked, media, failed, credentialsFor } = setUp();
  follower.follow('breakout-1');
  follower.stop();
  asked[0]?.answer(true);
  await credentialsFor.mock.results[0]?.value;
  await Promise.resolve();
  expect(media.switchRoom).not.toHaveBeenCalled();
  expect(failed).not.toHaveBeenCalled();
});
