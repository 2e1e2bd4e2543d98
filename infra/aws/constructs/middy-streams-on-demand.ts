import type { Plugin } from 'esbuild';

/**
 * What @middy/core takes from the Node.js modules it imports for streamed responses, which no
 * function here sends, given without importing them: importing a built-in module as ESM builds
 * all of its exports, and these three cost about 7 ms of CPU at every cold start (node:stream/web
 * most). Each stand-in reaches the real one only when used, so a streamed response still works.
 */
export const standIns: Record<string, string> = {
  'node:stream/web':
    'export class ReadableStream { static [Symbol.hasInstance](value) { return value instanceof globalThis.ReadableStream; } }',
  'node:stream/promises':
    "export const pipeline = (...streams) => process.getBuiltinModule('node:stream/promises').pipeline(...streams);",
  // The global setTimeout is node:timers' own.
  'node:timers': 'export const { setTimeout } = globalThis;',
};

const importedByMiddy = /[\\/]node_modules[\\/]@middy[\\/]core[\\/]/;

/** Gives @middy/core those stand-ins; every other import of the modules is left as it is. */
export const middyStreamsOnDemand: Plugin = {
  name: 'clinicall-middy-streams-on-demand',
  setup(build) {
    build.onResolve({ filter: /^node:(stream\/web|stream\/promises|timers)$/ }, ({ path, importer }) =>
      importedByMiddy.test(importer) ? { path, namespace: 'middy-stand-in' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'middy-stand-in' }, ({ path }) => ({ contents: standIns[path], loader: 'js' }));
  },
};
