import { config } from 'zod';

/** Missing fields say so plainly instead of "expected string, received undefined". */
config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'This is required.' : undefined,
});

/**
 * zod, configured. Every schema is made from this module, so whatever holds a schema holds the
 * configuration too, however little of the package it takes (the package has no side effects).
 */
export * from 'zod';
