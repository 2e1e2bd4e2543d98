import { type CSSProperties, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStreamStatus } from '../../api/events.ts';
import { useLocalMedia } from '../../media/react/hooks.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { CallControls, type HandControl } from './CallControls.tsx';
import { RemoteTile, SelfTile, ShareTile } from './CallTiles.tsx';
import type { Identify } from './people.ts';
import { useAutoHide, useTouchScreen } from './use-auto-hide.ts';
import { useOwnConnection } from './use-own-connection.ts';
import { TilePager } from './TilePager.tsx';
import { useCallControls } from './use-call-controls.ts';
import { useTilePage } from './use-tile-page.ts';

interface CallStageProps {
  readonly identify: Identify;
  /** What to say while nobody else is in the call yet. */
  readonly alone: string;
  readonly onEnd: () => void;
  readonly endLabel: string;
  /** This person's own link to the service (the events socket). */
  readonly connection: EventStreamStatus;
  /** The people panel's content (the list, and the host's invite). */
  readonly people: (panelId: string, close: () => void) => ReactNode;
  /** Banners over the call (someone waiting, an invitation sent). */
  readonly children?: ReactNode;
  /** A participant's raised hand in a group consultation. */
  readonly hand?: HandControl | undefined;
}

/**
 * The call screen: the others large (one fills it; a few share it; more are a gallery, a page
 * at a time), yourself small in a corner, controls along the bottom.
 */
export const CallStage = ({ identify, alone, onEnd, endLabel, connection, people, children, hand }: CallStageProps) => {
  const { t } = useTranslation('call');
  useDocumentTitle(t('videoCall'));
  const view = useTilePage();
  const peers = view.tiles.filter((tile) => tile.kind === 'camera').map((tile) => tile.peer);
  const local = useLocalMedia();
  const own = useOwnConnection(connection);
  const { media, actions } = useCallControls();
  const panelId = useId();
  const [peopleOpen, setPeopleOpen] = useState(false);
  const controls = useAutoHide(useTouchScreen());
  const { pin } = controls;
  useEffect(() => pin(peopleOpen), [peopleOpen, pin]);

  const names = peers.map((peer) => identify(peer.id, peer).name);
  return (
    <main
      className={peopleOpen ? 'call call--with-panel' : 'call'}
      aria-label={t('videoCall')}
      onPointerDown={controls.show}
    >
      <h1 className="visually-hidden">{t('videoCall')}</h1>
      <div className="call__stage">
        <div
          className={`call__remote call__remote--${view.layout}`}
          style={{ '--call-columns': view.columns } as CSSProperties}
          data-testid="call-tiles"
          data-page={view.page + 1}
          data-pages={view.pages}
        >
          {view.tiles.map(({ kind, peer }) =>
            kind === 'share' ? (
              <ShareTile key={`share-${peer.id}`} peer={peer} identity={identify(peer.id, peer)} />
            ) : (
              <RemoteTile key={peer.id} peer={peer} identity={identify(peer.id, peer)} />
            ),
          )}
        </div>
        {view.pages > 1 && <TilePager page={view.page} pages={view.pages} previous={view.previous} next={view.next} />}
        <p className={peers.length === 0 ? 'call__status' : 'visually-hidden'} role="status">
          {peers.length === 0 ? alone : t('inCallWith', { names: names.join(', ') })}
        </p>
        <SelfTile />
        <div className="call__banners" aria-live="polite">
          {own && (
            <p className="call__banner call__banner--trouble" data-testid="own-connection">
              {own}
            </p>
          )}
          {local.problem && (
            <p className="call__banner call__banner--trouble">{t(`mediaProblems.${local.problem}`)}</p>
          )}
          {children}
        </div>
        <CallControls
          media={media}
          actions={actions}
          onEnd={onEnd}
          endLabel={endLabel}
          peopleOpen={peopleOpen}
          peoplePanelId={panelId}
          onPeople={() => setPeopleOpen((open) => !open)}
          hidden={controls.hidden}
          onFocusWithin={(inside) => pin(inside || peopleOpen)}
          hand={hand}
        />
      </div>
      {peopleOpen && people(panelId, () => setPeopleOpen(false))}
    </main>
  );
};
