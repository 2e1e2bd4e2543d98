import { afterEach, expect, test, vi } from 'vitest';
import { canShareScreen } from './screen-share.ts';

/** A browser with or without getDisplayMedia, whose main pointer is a mouse or a finger. */
const browser = ({ getDisplayMedia, touch }: { getDisplayMedia: boolean; touch: boolean }) => {
  vi.stubGlobal('navigator', { mediaDevices: getDisplayMedia ? { getDisplayMedia: () => undefined } : {} });
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: touch && query === '(pointer: coarse)' }));
};
afterEach(() => vi.unstubAllGlobals());

test('a desktop browser with getDisplayMedia can share its screen', () => {
  browser({ getDisplayMedia: true, touch: false });
  expect(canShareScreen()).toBe(true);
});

test('without getDisplayMedia, or without media devices at all, it cannot', () => {
  browser({ getDisplayMedia: false, touch: false });
  expect(canShareScreen()).toBe(false);
  vi.stubGlobal('navigator', {});
  expect(canShareScreen()).toBe(false);
});

test('a phone or tablet cannot, even when its browser offers getDisplayMedia', () => {
  browser({ getDisplayMedia: true, touch: true });
  expect(canShareScreen()).toBe(false);
});
