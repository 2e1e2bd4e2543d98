/** Chime's limit on the remote videos one attendee receives at once. */
export const maxChimeVideos = 25;

export interface VideoChoice {
  readonly attendeeId: string;
  /** 1 is the most wanted: the order of the tiles (the speaker first when off the page). */
  readonly priority: number;
}

/**
 * The attendees whose video to receive, from the peers shown (by participant id, in order) and
 * who is in the meeting (participant id → attendee id). Someone not in the meeting yet is left
 * out: they are chosen again when they arrive.
 */
export const videoChoices = (
  visible: readonly string[],
  attendeeOf: ReadonlyMap<string, string>,
  limit = maxChimeVideos,
): VideoChoice[] =>
  [...new Set(visible)]
    .flatMap((peerId) => {
      const attendeeId = attendeeOf.get(peerId);
      return attendeeId ? [attendeeId] : [];
    })
    .slice(0, limit)
    .map((attendeeId, i) => ({ attendeeId, priority: i + 1 }));
