import * as z from './schemas/zod.ts';
import type { Operation } from './contract/operation.ts';
import { ErrorBody } from './schemas/common.ts';

type JsonSchema = Record<string, unknown>;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Path and query parameters from a zod object schema. */
const parameters = (schema: z.ZodMiniType | undefined, where: 'path' | 'query') => {
  if (!schema) return [];
  type ObjectSchema = { properties?: Record<string, JsonSchema>; required?: string[] };
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as ObjectSchema & {
    $ref?: string;
    $defs?: Record<string, ObjectSchema>;
  };
  // A named schema (meta id) comes back as a reference into $defs: read the parameters there.
  const json = generated.$ref?.startsWith('#/$defs/')
    ? (generated.$defs?.[generated.$ref.slice('#/$defs/'.length)] ?? {})
    : generated;
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
};

const securityOf = (auth: Operation['auth']) =>
  ({
    public: [],
    staff: [{ staff: [] }],
    participant: [{ participant: [] }],
    'staff-or-participant': [{ staff: [] }, { participant: [] }],
    patient: [{ patient: [] }],
  })[auth];

/** The OpenAPI 3.1 document for the given operations, built from their zod schemas. */
export const openApiDocument = (ops: readonly Operation[], version: string): JsonSchema => {
  const components: Record<string, JsonSchema> = {};
  // Collect every named schema (meta id) as a component, inputs and outputs separately.
  const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
    const generated = JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: 'any' }));
    const json = JSON.parse(generated.replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
      id?: string;
    };
    delete json.$schema;
    for (const [id, def] of Object.entries(json.$defs ?? {})) components[id] = def;
    delete json.$defs;
    // A named schema at the top becomes a component and a reference to it.
    if (typeof json.id === 'string') {
      const { id, ...rest } = json;
      components[id] = rest;
      return { $ref: `#/components/schemas/${id}` };
    }
    return json;
  };
  // The error body every 4xx answers, referenced as #/components/schemas/Error.
  schemaOf(ErrorBody, 'output');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const responses: Record<string, unknown> = {
      [op.status]: {
        description: 'Success',
        content: { [op.produces ?? 'application/json']: { schema: schemaOf(op.response, 'output') } },
      },
      '400': errorResponse('The request was malformed or a field is invalid'),
    };
    if (op.auth !== 'public') responses['401'] = errorResponse('Missing, expired or forged credentials');
    if (op.auth === 'staff') responses['403'] = errorResponse('Signed in, but not allowed to do this');
    if (op.params) responses['404'] = errorResponse('No such record');
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = {
      operationId: op.id,
      summary: op.summary,
      security: securityOf(op.auth),
      parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
      ...(op.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: schemaOf(op.body, 'input') } },
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Clinicall API',
      version,
      description: 'Video consultations: patients, Consult Now links, waiting room, outcomes.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        staff: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Staff sign-in token' },
        participant: { type: 'http', scheme: 'bearer', description: 'Participant session from /api/join/verify' },
        patient: { type: 'http', scheme: 'bearer', description: 'Patient portal session from /api/portal/sign-in' },
      },
    },
  };
};
