/** Chime's limit on the remote videos one attendee receives at once. */
export const maxChimeVideos = 25;

export interface VideoChoice {
  readonly attendeeId: string;
  /** 1 is the most wanted: the order of the tiles (the speaker first when off the page). */
  readonly priority: number;
}

/**
 * The attendees whose video to receive, from the peers shown (by participant id, in order) and
 * who is in the meeting (participant id → attendee id): a shared screen of theirs first (its own
 * content attendee), then their cameras. Someone not in the meeting yet is left out: they are
 * chosen again when they arrive.
 */
export const videoChoices = (
  visible: readonly string[],
  attendeeOf: ReadonlyMap<string, string>,
  limit = maxChimeVideos,
  contentOf: ReadonlyMap<string, string> = new Map(),
): VideoChoice[] => {
  const peers = [...new Set(visible)];
  const pick = (of: ReadonlyMap<string, string>) =>
    peers.flatMap((peerId) => {
      const attendeeId = of.get(peerId);
      return attendeeId ? [attendeeId] : [];
    });
  return [...pick(contentOf), ...pick(attendeeOf)].slice(0, limit).map((attendeeId, i) => ({ attendeeId, priority: i + 1 }));
};
