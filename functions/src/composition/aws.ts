import type { Context } from 'aws-lambda';
import type { Dependencies } from '#ports';
import { systemClock } from '#adapters/clock';
import { cryptoIds } from '#adapters/ids';
import { documentClient } from '#adapters/dynamodb/document-client';
import { dynamoStore } from '#adapters/dynamodb/store';
import type { ApiEvent, ApiHandler, ApiResult } from '../http/route.ts';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};

let dependencies: Dependencies | undefined;

/** The AWS composition root: built once per execution environment, on first use. */
export const awsDependencies = (): Dependencies =>
  (dependencies ??= {
    mode: 'aws',
    store: dynamoStore(documentClient(), required('CLINICALL_TABLE_PREFIX')),
    clock: systemClock,
    ids: cryptoIds,
  });

export type HandlerFactory = (deps: Dependencies) => ApiHandler;
export type LambdaHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** The Lambda entry for a handler factory; the local runtime calls the factory itself. */
export const onAws = (create: HandlerFactory): LambdaHandler => {
  let handler: ApiHandler | undefined;
  return (event, context) => (handler ??= create(awsDependencies()))(event, context);
};

/** Lambda entries for every factory of a handler file, under the same names. */
onAws.all = <K extends string>(factories: Record<K, HandlerFactory>): Record<K, LambdaHandler> =>
  Object.fromEntries(
    Object.entries<HandlerFactory>(factories).map(([name, create]) => [name, onAws(create)]),
  ) as Record<K, LambdaHandler>;
