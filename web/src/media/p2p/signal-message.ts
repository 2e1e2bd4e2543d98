/** What P2P peers say to each other through the signaller. */
export type SignalMessage =
  | { readonly kind: 'hello' }
  | { readonly kind: 'bye' }
  | { readonly kind: 'description'; readonly description: RTCSessionDescriptionInit }
  | { readonly kind: 'candidate'; readonly candidate: RTCIceCandidateInit };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Anything else another browser might send is ignored. */
export const readSignal = (data: unknown): SignalMessage | undefined => {
  if (!isObject(data)) return undefined;
  switch (data.kind) {
    case 'hello':
    case 'bye':
      return { kind: data.kind };
    case 'description': {
      const description = data.description;
      if (isObject(description) && (description.type === 'offer' || description.type === 'answer') && typeof description.sdp === 'string') {
        return { kind: 'description', description: { type: description.type, sdp: description.sdp } };
      }
      return undefined;
    }
    case 'candidate':
      return isObject(data.candidate) && typeof data.candidate.candidate === 'string'
        ? { kind: 'candidate', candidate: data.candidate }
        : undefined;
    default:
      return undefined;
  }
};
