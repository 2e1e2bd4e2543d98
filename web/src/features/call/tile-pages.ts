/** Chime's limit on the remote videos one browser receives at once. */
export const maxVideosReceived = 25;

/** The screen the tiles go on: a phone held upright stacks tiles rather than squeezing them side by side. */
export interface Screen {
  readonly width: number;
  readonly height: number;
}

export const isPortrait = ({ width, height }: Screen): boolean => height > width;

/** Tiles per page: 6 on an upright phone, 16 on a large screen, else 9. */
export const pageSizeFor = (screen: Screen): number => {
  if (isPortrait(screen) && screen.width < 700) return 6;
  return screen.width >= 1400 && screen.height >= 800 ? 16 : 9;
};

export interface TilePage {
  /** The people whose tiles are on screen, in order. */
  readonly onPage: readonly string[];
  /** Zero-based, clamped to the pages there are. */
  readonly page: number;
  readonly pages: number;
}

/** One page of the people, in a stable order (the order given: arrival). */
export const pageOf = (people: readonly string[], pageSize: number, page: number): TilePage => {
  const pages = Math.max(1, Math.ceil(people.length / pageSize));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { onPage: people.slice(current * pageSize, (current + 1) * pageSize), page: current, pages };
};

/**
 * Whose video to receive: the tiles on screen, and whoever is speaking even off the page; never
 * more than the browser may receive. Audio is not chosen here: everyone is heard.
 */
export const videosToReceive = (
  onPage: readonly string[],
  activeSpeaker: string | undefined,
  limit = maxVideosReceived,
): string[] => {
  const wanted = activeSpeaker && !onPage.includes(activeSpeaker) ? [activeSpeaker, ...onPage] : [...onPage];
  return wanted.slice(0, limit);
};

/** 1:1 fills the screen; two to four share it; more are a gallery, a page at a time. */
export type TileLayout = 'one' | 'few' | 'gallery';

export const layoutFor = (tiles: number): TileLayout => (tiles <= 1 ? 'one' : tiles <= 4 ? 'few' : 'gallery');

/** Columns of the grid: upright, one column for two and two for more; otherwise near square. */
export const columnsFor = (tiles: number, portrait: boolean): number => {
  if (tiles <= 1) return 1;
  if (portrait) return tiles <= 2 ? 1 : 2;
  return Math.ceil(Math.sqrt(tiles));
};
