import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The module that makes the API's document from the contract (functions/src/handlers/openapi-document.ts). */
const documentModule = /[\\/]functions[\\/]src[\\/]handlers[\\/]openapi-document\.ts$/;

/** Beside the function's code, read by its first request. */
export const openApiFile = 'openapi.json';

/**
 * What the bundle holds instead: the document read from its file, which sits beside the entry
 * (this code may land in a chunk, one folder down).
 */
const reader = `
import { readFile } from 'node:fs/promises';
const here = new URL('.', import.meta.url);
const file = new URL(here.pathname.endsWith('/chunks/') ? '../${openApiFile}' : '${openApiFile}', here);
export const apiDocument = async () => JSON.parse(await readFile(file, 'utf8'));
`;

/**
 * The OpenAPI document is 125 KB of JSON made from the whole contract by zod's JSON-Schema
 * writer: made once at build time and written beside the bundle, the function that serves it
 * loads neither at a cold start, and its first request reads a file.
 */
export const openApiAtBuildTime: Plugin = {
  name: 'clinicall-openapi-at-build-time',
  setup(build) {
    let served = false;
    build.onLoad({ filter: documentModule }, () => {
      served = true;
      return { contents: reader, loader: 'js' };
    });
    build.onEnd(async (result) => {
      const { outdir, write } = build.initialOptions;
      if (!served || result.errors.length > 0 || write === false || !outdir) return;
      // Loaded only by the build that needs it: the module the bundle replaces makes the document, as the local runtime serves it.
      const { apiDocument } = await import('@clinicall/functions/handlers/openapi-document');
      await writeFile(join(outdir, openApiFile), JSON.stringify(await apiDocument()));
    });
  },
};
