import type { Page } from 'playwright-core';

/**
 * Waits until the page's path matches. The app navigates with pushState, which fires no load
 * event, and may do so before a test starts waiting: watch the path itself.
 */
export const waitForPath = async (page: Page, pattern: RegExp, timeout = 30_000): Promise<void> => {
  // A function, not a string: the site's CSP forbids evaluating strings.
  const { source, flags } = pattern;
  await page.waitForFunction((p) => new RegExp(p.source, p.flags).test(location.pathname), { source, flags }, { timeout });
};
