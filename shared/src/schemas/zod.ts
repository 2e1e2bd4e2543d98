import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Messages in English (the classic API sets them itself, zod/mini leaves them to the app), and
 * missing fields say so plainly instead of "expected string, received undefined".
 */
config({
  ...en(),
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'This is required.' : undefined,
});

/**
 * zod/mini, configured. Every schema is made from this module, so whatever holds a schema holds
 * the configuration too, however little of the package it takes: package.json names this module
 * as the one in shared with side effects, so bundlers keep the configuration. zod/mini rather
 * than the classic API: its functions, unlike methods, let a bundle keep only the parts of zod
 * its schemas use, and its schemas are cheaper to build at a cold start.
 *
 * Each schema made at the top of a module is marked pure (a `__PURE__` comment): bundlers cannot tell that
 * `.check(…)` and `.register(…)` only make a new schema, and would otherwise build every schema of
 * a module of which the code uses one (a Lambda bundle, a page of the site).
 */
export * from 'zod/mini';
