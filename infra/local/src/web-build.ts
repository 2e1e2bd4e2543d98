import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a folder (skipping dependencies and build output). */
const newest = (dir: string): number => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};

/** Builds the SPA when there is no build yet or its sources (or shared/) changed since. */
export const ensureWebBuild = async (root: string): Promise<string> => {
  const web = join(root, 'web');
  const dist = join(web, 'dist');
  const index = join(dist, 'index.html');
  const stale =
    !existsSync(index) || statSync(index).mtimeMs < Math.max(newest(web), newest(join(root, 'shared', 'src')));
  if (stale) {
    console.log('Building the web app…');
    const { build } = await import('vite');
    // Always the production build (React's development build is twice the size), even when
    // started from a test runner that sets NODE_ENV=test.
    const environment = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: web, mode: 'production', logLevel: 'warn', configFile: join(web, 'vite.config.ts') });
    } finally {
      if (environment === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = environment;
    }
  }
  return dist;
};
