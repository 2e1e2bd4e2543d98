import { describe, expect, test } from 'vitest';
import { maxChimeVideos, videoChoices } from './chime-video-choice.ts';

const inMeeting = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`p${i + 1}`, `attendee-${i + 1}`]));

describe('the videos a Chime attendee receives', () => {
  test('are those of the peers on screen, in their order, by attendee id', () => {
    expect(videoChoices(['p3', 'p1'], inMeeting(5))).toEqual([
      { attendeeId: 'attendee-3', priority: 1 },
      { attendeeId: 'attendee-1', priority: 2 },
    ]);
  });

  test('leave out whoever is not in the meeting yet, and repeats', () => {
    expect(videoChoices(['p9', 'p2', 'p2'], inMeeting(3))).toEqual([{ attendeeId: 'attendee-2', priority: 1 }]);
  });

  test('are at most 25 of 60', () => {
    const all = [...inMeeting(60).keys()];
    const chosen = videoChoices(all, inMeeting(60));
    expect(chosen).toHaveLength(maxChimeVideos);
    expect(chosen.at(-1)).toEqual({ attendeeId: 'attendee-25', priority: 25 });
  });

  test('a shared screen of someone on screen comes first, as its own content attendee', () => {
    const contents = new Map([['p2', 'attendee-2#content'], ['p9', 'attendee-9#content']]);
    expect(videoChoices(['p1', 'p2'], inMeeting(3), maxChimeVideos, contents).map((c) => c.attendeeId)).toEqual([
      'attendee-2#content',
      'attendee-1',
      'attendee-2',
    ]);
  });

  test('nobody on screen: no video at all', () => {
    expect(videoChoices([], inMeeting(10))).toEqual([]);
  });
});
