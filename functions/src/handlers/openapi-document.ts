import { openApiDocument } from '@clinicall/shared';
import { routes } from '../routes.ts';

/**
 * The API's OpenAPI document: exactly the operations the route table serves. A Lambda bundle
 * replaces this module with one that reads the document written beside it at build time
 * (infra/aws/constructs/openapi-file.ts), so the function carries neither the contract nor the
 * schema writer.
 */
export const apiDocument = (): Promise<Record<string, unknown>> =>
  Promise.resolve(
    openApiDocument(
      routes.map((r) => r.operation),
      '1.0.0',
    ),
  );
