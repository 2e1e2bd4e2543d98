import type { PeerMediaState } from '../media-session.ts';

/**
 * What P2P peers say to each other through the signaller.
 * - hello: "I am (back) in the call". `keep` names the peers whose connection the sender still
 *   has working (after a network drop); `offering` those it is sending an offer to now (their
 *   hello came while it was joining). Anyone else starts a fresh connection with the sender: the
 *   impolite side of the pair offers, the polite side answers with `ask` ("you start"), so two
 *   offers never cross when both join at once.
 * - media-state: what the sender sends (microphone, camera, screen) and who they are.
 * - candidates: network candidates found after the description went, a few at a time (each
 *   message is a round trip through the server).
 */
export type SignalMessage =
  | { readonly kind: 'hello'; readonly keep?: readonly string[]; readonly offering?: readonly string[]; readonly ask?: true }
  | { readonly kind: 'bye' }
  | ({ readonly kind: 'media-state' } & PeerMediaState)
  | { readonly kind: 'description'; readonly description: RTCSessionDescriptionInit }
  | { readonly kind: 'candidates'; readonly candidates: readonly RTCIceCandidateInit[] };

/** More is not gathered by one connection; anything beyond is not from a browser of ours. */
const maxCandidates = 32;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const shortText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined;

const readMediaState = (data: Record<string, unknown>): SignalMessage | undefined => {
  const flags = ['microphoneOn', 'cameraOn', 'sharingScreen', 'poorConnection'] as const;
  if (!flags.every((flag) => typeof data[flag] === 'boolean')) return undefined;
  return {
    kind: 'media-state',
    microphoneOn: data.microphoneOn === true,
    cameraOn: data.cameraOn === true,
    sharingScreen: data.sharingScreen === true,
    poorConnection: data.poorConnection === true,
    name: shortText(data.name),
    role: shortText(data.role),
  };
};

/** At most as many as a call holds, and only ids. */
const peerIds = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, 64) : undefined;

/** Anything else another browser might send is ignored. */
export const readSignal = (data: unknown): SignalMessage | undefined => {
  if (!isObject(data)) return undefined;
  switch (data.kind) {
    case 'hello': {
      const keep = peerIds(data.keep);
      const offering = peerIds(data.offering);
      return { kind: 'hello', ...(keep && { keep }), ...(offering && { offering }), ...(data.ask === true && { ask: true as const }) };
    }
    case 'bye':
      return { kind: 'bye' };
    case 'media-state':
      return readMediaState(data);
    case 'description': {
      const description = data.description;
      if (isObject(description) && (description.type === 'offer' || description.type === 'answer') && typeof description.sdp === 'string') {
        return { kind: 'description', description: { type: description.type, sdp: description.sdp } };
      }
      return undefined;
    }
    case 'candidates': {
      if (!Array.isArray(data.candidates)) return undefined;
      const candidates = data.candidates
        .slice(0, maxCandidates)
        .filter((candidate): candidate is RTCIceCandidateInit => isObject(candidate) && typeof candidate.candidate === 'string');
      return candidates.length > 0 ? { kind: 'candidates', candidates } : undefined;
    }
    default:
      return undefined;
  }
};
