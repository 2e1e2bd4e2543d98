import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** The one module of each AWS SDK client that describes the shapes of all its operations. */
const schemaModule = /[\\/]@aws-sdk[\\/].+[\\/]dist-es[\\/](?:.+[\\/])?schemas[\\/]schemas_\d+\.js$/;

/** `const _hE = "httpError";`: the short names the schema module gives its strings. */
const namedString = /^const (\w+) = ("[^"\\\n]*");$/gm;

/** `{ [_e]: _c, [_hE]: 400 }`: a key computed from one of those names. */
const computedKey = /([{,]\s*)\[(\w+)\]:/g;

/** An SDK package's manifest, which a client imports whole to name its version in the user agent. */
const sdkManifest = /[\\/]@aws-sdk[\\/][^\\/]+[\\/]package\.json$/;

/**
 * Keeps only the operations a bundle sends. An SDK client's schema module describes every
 * operation in one list of arrays whose object keys are computed from constants
 * (`{ [_hE]: 400 }`); esbuild cannot tell such a key has no side effects, so it keeps every
 * schema, and a client whose code sends one command still carries the shapes of all of them
 * (SES: 47 KB of 62). Writing those keys as the strings they are lets tree-shaking drop every
 * schema no imported command reaches. Nothing else changes: the strings are the same. Each
 * package's manifest is kept down to its version, the one field the SDK reads.
 */
export const sdkOperationsOnly: Plugin = {
  name: 'clinicall-sdk-operations-only',
  setup(build) {
    build.onLoad({ filter: schemaModule }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const strings = new Map<string, string>();
      for (const [, name, literal] of source.matchAll(namedString)) strings.set(name!, literal!);
      const contents = source.replace(computedKey, (key, before: string, name: string) => {
        const literal = strings.get(name);
        return literal === undefined ? key : `${before}${literal}:`;
      });
      return { contents, loader: 'js' };
    });
    // The version is all the SDK reads of its manifest (scripts, dependencies and the rest are ~2 KB a client).
    build.onLoad({ filter: sdkManifest }, async ({ path }) => {
      const { version } = JSON.parse(await readFile(path, 'utf8')) as { version: string };
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};
