import type { ReactNode } from 'react';

/** A slash across an icon: the thing is off. */
const slash = <path d="M3 3l18 18" />;
const microphone = (
  <>
    <rect x="9" y="2.5" width="6" height="11.5" rx="3" />
    <path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M8.5 21h7" />
  </>
);
const camera = (
  <>
    <rect x="2.5" y="6" width="13" height="12" rx="2" />
    <path d="M15.5 10.5l6-3.5v10l-6-3.5z" />
  </>
);
const screen = (
  <>
    <rect x="2.5" y="3.5" width="19" height="13" rx="2" />
    <path d="M12 16.5V20.5M8 20.5h8" />
  </>
);

const drawings = {
  microphone,
  'microphone-off': (
    <>
      {microphone}
      {slash}
    </>
  ),
  camera,
  'camera-off': (
    <>
      {camera}
      {slash}
    </>
  ),
  'share-screen': (
    <>
      {screen}
      <path d="M12 13.5V7M9 10l3-3 3 3" />
    </>
  ),
  'stop-sharing': (
    <>
      {screen}
      <path d="M9.5 7.5l5 5M14.5 7.5l-5 5" />
    </>
  ),
  'switch-camera': (
    <>
      <path d="M4 11a8 8 0 0 1 14.3-4.3M20 13a8 8 0 0 1-14.3 4.3" />
      <path d="M18.5 2.5v4.5H14M5.5 21.5V17H10" />
    </>
  ),
  people: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20.5a6.5 6.5 0 0 1 13 0M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.5a6.5 6.5 0 0 1 3.5 6" />
    </>
  ),
  hand: (
    <>
      <path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10.5V4a1.5 1.5 0 0 1 3 0v6.5M14 10.5V5.5a1.5 1.5 0 0 1 3 0V14" />
      <path d="M17 9.5a1.5 1.5 0 0 1 3 0V15a6.5 6.5 0 0 1-6.5 6.5h-1a6 6 0 0 1-4.6-2.2L4.4 15.6a1.5 1.5 0 0 1 2.3-1.9L8 15.2" />
    </>
  ),
  'end-call': <path d="M2.5 14.5c5.2-5 13.8-5 19 0l-2.3 2.8-3.7-1.4v-2.7a11 11 0 0 0-7 0v2.7l-3.7 1.4z" />,
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof drawings;

/**
 * A call control's picture, beside its words (which name it for screen readers: the picture
 * is hidden from them).
 */
export const ControlIcon = ({ name }: { readonly name: IconName }) => (
  <svg
    className="call__control-icon"
    data-icon={name}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {drawings[name]}
  </svg>
);
