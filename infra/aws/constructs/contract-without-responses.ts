import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** The modules of the API contract, where each operation is written as `operation({ … })`. */
const contractModule = /[\\/]shared[\\/]src[\\/]contract[\\/][^\\/]+\.ts$/;

/** What only the OpenAPI document and the site read of an operation: its answer's schema, and its summary. */
const unread = new Set(['response', 'summary']);

/**
 * A contract module's source without what a function never reads of each `operation({ … })`,
 * each line kept in its place (so the source map still points at the right lines).
 */
export const withoutResponses = (source: string, fileName = 'contract.ts'): string => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: { start: number; end: number }[] = [];
  const visit = (node: ts.Node) => {
    const [spec] = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'operation' ? node.arguments : [];
    if (spec && ts.isObjectLiteralExpression(spec)) {
      for (const property of spec.properties) {
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && unread.has(property.name.text)) {
          cuts.push({ start: property.getStart(file), end: source[property.end] === ',' ? property.end + 1 : property.end });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let kept = source;
  for (const { start, end } of cuts.reverse()) kept = kept.slice(0, start) + kept.slice(start, end).replace(/[^\n]/g, '') + kept.slice(end);
  return kept;
};

/**
 * A function checks what it is asked against its operation's schemas, but never what it
 * answers: that is the site's check, and the OpenAPI document (which alone reads the summaries)
 * is written at build time. So a function's bundle is built without the response schemas and
 * summaries, which it would otherwise hold, and build at every cold start.
 */
export const contractWithoutResponses: Plugin = {
  name: 'clinicall-contract-without-responses',
  setup(build) {
    build.onLoad({ filter: contractModule }, async ({ path }) => ({ contents: withoutResponses(await readFile(path, 'utf8'), path), loader: 'ts' }));
  },
};
