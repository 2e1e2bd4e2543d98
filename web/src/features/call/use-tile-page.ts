import { useEffect, useMemo, useState } from 'react';
import type { RemotePeer } from '../../media/media-session.ts';
import { useActiveSpeaker, useMediaSession, usePeople, useRemotePeers } from '../../media/react/hooks.ts';
import { columnsFor, isPortrait, layoutFor, pageOf, pageSizeFor, type Screen, type TileLayout, videosToReceive } from './tile-pages.ts';

const screenNow = (): Screen => ({ width: window.innerWidth, height: window.innerHeight });

/** The window's size, followed as it turns or is resized. */
const useScreen = (): Screen => {
  const [screen, setScreen] = useState(screenNow);
  useEffect(() => {
    const update = () => setScreen(screenNow());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return screen;
};

/** Someone the server lists whose media has not reached us (yet): a tile that says so. */
const withoutMedia = (id: string): RemotePeer => ({ id, stream: undefined, media: undefined, connection: 'connecting' });

/** A camera tile, or the tile of a screen someone shares (beside their camera). */
export interface Tile {
  readonly kind: 'camera' | 'share';
  readonly peer: RemotePeer;
}

/** Sharing, by their word, and the picture of it here. */
const isSharing = (peer: RemotePeer | undefined): peer is RemotePeer => !!peer?.media?.sharingScreen && !!peer.screen;

export interface TilePageView {
  /** Shared screens first, whatever the page; then the page, the speaker first when off it. */
  readonly tiles: readonly Tile[];
  readonly everyone: number;
  readonly page: number;
  readonly pages: number;
  readonly layout: TileLayout;
  readonly columns: number;
  readonly previous: (() => void) | undefined;
  readonly next: (() => void) | undefined;
}

/**
 * The page of tiles the call screen shows: everyone the server lists as in the call (and anyone
 * whose media came before the server's word), a page at a time; the media session is told whose
 * video to receive (the page and the speaker), and nobody else's.
 */
export const useTilePage = (): TilePageView => {
  const session = useMediaSession();
  const peers = useRemotePeers();
  const people = usePeople();
  const speaker = useActiveSpeaker();
  const screen = useScreen();
  const [page, setPage] = useState(0);

  const everyone = useMemo(() => [...new Set([...people, ...peers.keys()])], [people, peers]);
  const current = pageOf(everyone, pageSizeFor(screen), page);
  const speakerOffPage = speaker && everyone.includes(speaker) && !current.onPage.includes(speaker) ? speaker : undefined;
  const sharers = [...peers.values()].filter(isSharing);
  // A shared screen is always received: its sharer is asked for, wherever their camera tile is.
  const receive = [...new Set([...sharers.map((peer) => peer.id), ...videosToReceive(current.onPage, speakerOffPage)])];
  const receiveKey = receive.join('\n');

  useEffect(() => {
    session.setVisible(receiveKey ? receiveKey.split('\n') : []);
  }, [session, receiveKey]);

  const tiles: Tile[] = [
    ...sharers.map((peer) => ({ kind: 'share' as const, peer })),
    ...(speakerOffPage ? [speakerOffPage, ...current.onPage] : current.onPage).map((id) => ({
      kind: 'camera' as const,
      peer: peers.get(id) ?? withoutMedia(id),
    })),
  ];
  return {
    tiles,
    everyone: everyone.length,
    page: current.page,
    pages: current.pages,
    layout: layoutFor(tiles.length),
    columns: columnsFor(tiles.length, isPortrait(screen)),
    previous: current.page > 0 ? () => setPage(current.page - 1) : undefined,
    next: current.page < current.pages - 1 ? () => setPage(current.page + 1) : undefined,
  };
};
