import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Amazon Chime SDK reads Node's `global` (`'document' in global`), which browsers lack: its
 * modules, and only them, get `global` as `globalThis` (the rest of the app keeps no `global`).
 */
const chimeGlobal = (): Plugin => ({
  name: 'clinicall:chime-sdk-global',
  transform(code, id) {
    if (!id.includes('/node_modules/amazon-chime-sdk-js/') || !/\bglobal\b/.test(code)) return null;
    const shim = 'var global = globalThis;';
    const strict = '"use strict";';
    return { code: code.startsWith(strict) ? `${strict}${shim}${code.slice(strict.length)}` : `${shim}${code}`, map: null };
  },
});

export default defineConfig({
  plugins: [react(), chimeGlobal()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // The Chime SDK chunk (~1.3 MB) is large by nature and loads only when a call starts in AWS;
    // the pages themselves are measured by `npm run bench -- join-bundle`.
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/config.json': 'http://localhost:3000' } },
});
