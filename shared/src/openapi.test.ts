import { describe, expect, it } from 'vitest';
import { type Operation, operations } from './contract/index.ts';
import { openApiDocument } from './openapi.ts';

type Json = Record<string, unknown>;

const all: Operation[] = Object.values(operations);
const document = openApiDocument(all, '1.2.3') as Json & {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
};

/** Every `$ref` anywhere in a JSON value, with where it was found. */
const refsIn = (value: unknown, at = '#'): { ref: string; at: string }[] => {
  if (Array.isArray(value)) return value.flatMap((item, i) => refsIn(item, `${at}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '$ref' && typeof item === 'string' ? [{ ref: item, at }] : refsIn(item, `${at}/${key}`),
  );
};

const securityOf: Record<Operation['auth'], unknown> = {
  public: [],
  staff: [{ staff: [] }],
  participant: [{ participant: [] }],
  'staff-or-participant': [{ staff: [] }, { participant: [] }],
  patient: [{ patient: [] }],
};

describe('openApiDocument', () => {
  it('is an OpenAPI 3.1.0 document with the given version', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Clinicall API', version: '1.2.3' });
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['participant', 'patient', 'staff']);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('documents every operation passed in, and nothing else', () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, id: op.operationId })),
    );
    expect(documented).toHaveLength(all.length);
    expect(documented.map((d) => d.id).sort()).toEqual(all.map((op) => op.id).sort());
  });

  for (const op of all) {
    it(`documents ${op.id}: ${op.method} ${op.path}`, () => {
      const entry = document.paths[op.path]?.[op.method.toLowerCase()] as Json & {
        responses: Record<string, Json>;
        parameters: { name: string; in: string; required: boolean }[];
        requestBody?: { required: boolean; content: Record<string, { schema: unknown }> };
      };
      expect(entry, `${op.method} ${op.path}`).toBeDefined();
      expect(entry.operationId).toBe(op.id);
      expect(entry.summary).toBe(op.summary);
      expect(entry.security).toEqual(securityOf[op.auth]);
      expect(Object.keys(entry.responses)).toContain(String(op.status));
      expect(Object.keys((entry.responses[String(op.status)] as { content: object }).content)).toEqual([op.produces ?? 'application/json']);
      expect(Object.keys(entry.responses)).toContain('400');
      expect('401' in entry.responses).toBe(op.auth !== 'public');
      expect('403' in entry.responses).toBe(op.auth === 'staff');
      expect('404' in entry.responses).toBe(op.params !== undefined);
      for (const [status, response] of Object.entries(entry.responses)) {
        if (status.startsWith('4')) {
          expect(response.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Error' } } });
        }
      }
      if (op.body) {
        expect(entry.requestBody?.required).toBe(true);
        expect(entry.requestBody?.content['application/json']?.schema).toBeDefined();
      } else {
        expect(entry.requestBody).toBeUndefined();
      }
      const pathNames = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const pathParams = entry.parameters.filter((p) => p.in === 'path');
      expect(pathParams.map((p) => p.name).sort()).toEqual(pathNames.sort());
      for (const p of pathParams) expect(p.required).toBe(true);
    });
  }

  it('resolves every $ref in the document to a component schema', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const { ref, at } of refs) {
      expect(ref, at).toMatch(/^#\/components\/schemas\/[^/]+$/);
      const name = ref.slice('#/components/schemas/'.length);
      expect(document.components.schemas[name], `${ref} at ${at}`).toBeDefined();
    }
  });

  it('has no leftover JSON Schema $defs or $schema outside the Error component', () => {
    const text = JSON.stringify(document);
    expect(text).not.toContain('#/$defs/');
    const { Error: _error, ...others } = document.components.schemas;
    expect(JSON.stringify(others)).not.toContain('"$schema"');
  });

  it('names the shared schemas as components', () => {
    for (const name of ['Error', 'NewPatient', 'Patient', 'PatientList', 'Consultation', 'Participant', 'Link']) {
      expect(document.components.schemas[name], name).toBeDefined();
    }
    expect(document.components.schemas.Error).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['error', 'message']) as unknown,
    });
  });

  it('describes the patient search query parameters as optional', () => {
    const search = document.paths['/api/patients']?.get as { parameters: { name: string; in: string; required: boolean }[] };
    expect(search.parameters).toEqual([
      expect.objectContaining({ name: 'query', in: 'query', required: false }),
      expect.objectContaining({ name: 'cursor', in: 'query', required: false }),
    ]);
  });

  it('documents only what it is given', () => {
    const small = openApiDocument([operations.health], '0.0.1') as { paths: Record<string, unknown> };
    expect(Object.keys(small.paths)).toEqual(['/api/health']);
  });
});
