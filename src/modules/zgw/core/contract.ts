/**
 * Contract checks for tests: every answer of our ZGW APIs is validated against the official
 * OpenAPI document of the standard, read at test time from ../shared/specs/zgw (or ZGW_SPECS_DIR).
 *
 *   const contract = await loadContract('zaken');
 *   contract.assertResponse('post', '/zaken', res);   // path as in the document, status from res
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { ZgwApi } from './urls.js';

const FILES: Record<ZgwApi | 'notificaties-consumer', string> = {
  zaken: 'zaken-1.5.1.yaml',
  catalogi: 'catalogi-1.3.1.yaml',
  documenten: 'documenten-1.4.2.yaml',
  besluiten: 'besluiten-1.1.0.yaml',
  autorisaties: 'autorisaties-1.0.0.yaml',
  notificaties: 'notificaties-1.0.1.yaml',
  'notificaties-consumer': 'notificaties-consumer-1.0.0.yaml',
};

/**
 * Where the official OpenAPI documents are: ZGW_SPECS_DIR, else ../shared/specs/zgw beside the
 * repository (the workspace and CI have it), else the copy in specs/zgw of this repository (the
 * same files, so that a clone elsewhere can run the contract tests too).
 */
export function specsDir(): string {
  if (process.env.ZGW_SPECS_DIR) return process.env.ZGW_SPECS_DIR;
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const shared = path.resolve(repo, '../shared/specs/zgw');
  return existsSync(shared) ? shared : path.join(repo, 'specs/zgw');
}

type OpenApi = { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown>; info: { version: string } };
type Operation = { operationId?: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }>; requestBody?: unknown; parameters?: unknown[] };

export interface ResponseLike {
  status: number;
  headers: Headers;
  body: unknown;
}

export class Contract {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly api: ZgwApi | 'notificaties-consumer', readonly document: OpenApi) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: false, unicodeRegExp: false });
    addFormats.default(this.ajv);
    for (const format of ['binary', 'duration', 'int32', 'int64', 'float', 'double', 'password']) this.ajv.addFormat(format, true);
    // An optional URL the client left out is "" in the ZGW APIs (as in Open Zaak): format uri allows that.
    const uri = this.ajv.formats.uri as { validate?: (v: string) => boolean } | ((v: string) => boolean) | undefined;
    const check = typeof uri === 'function' ? uri : uri && typeof uri === 'object' && 'validate' in uri ? uri.validate : undefined;
    if (check) this.ajv.addFormat('uri', (v: string) => v === '' || check(v));
    // The Zaken API's EmptyObject ("Leeg object", the alternative of an expanded value in a oneOf)
    // is meant as {}: without maxProperties every expanded object would match both alternatives.
    const schemas = (document.components as { schemas?: Record<string, Record<string, unknown>> }).schemas;
    if (schemas?.EmptyObject && !('properties' in schemas.EmptyObject)) schemas.EmptyObject.maxProperties = 0;
    // The components as one schema, so that $refs resolve.
    this.ajv.addSchema({ $id: 'spec', components: rewriteRefs(document.components) }, 'spec');
  }

  get version(): string {
    return this.document.info.version;
  }

  /** Every operation of the document: [method, path, operationId]. */
  operations(): [string, string, string][] {
    const list: [string, string, string][] = [];
    for (const [p, item] of Object.entries(this.document.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) list.push([method, p, op.operationId ?? `${method} ${p}`]);
      }
    }
    return list;
  }

  private operation(method: string, p: string): Operation {
    const op = this.document.paths[p]?.[method.toLowerCase()];
    assert.ok(op, `${this.api}: the OpenAPI document has no ${method.toUpperCase()} ${p}`);
    return op;
  }

  /**
   * Asserts that the answer is one the document allows for this operation: the status is
   * listed, and the JSON body matches that status's schema (problem+json for errors).
   */
  assertResponse(method: string, p: string, res: ResponseLike): void {
    const op = this.operation(method, p);
    const status = String(res.status);
    const response = op.responses[status];
    assert.ok(response, `${this.api} ${method.toUpperCase()} ${p}: status ${status} is not in the document (${Object.keys(op.responses).join(', ')}); body: ${String(JSON.stringify(res.body)).slice(0, 500)}`);
    const contentType = res.headers.get('content-type') ?? '';
    const content = response.content;
    if (!content) return;
    const [mediaType, media] = Object.entries(content)[0]!;
    if (mediaType.includes('json')) {
      assert.match(contentType, status.startsWith('2') ? /json/ : /application\/problem\+json/, `${this.api} ${method.toUpperCase()} ${p}: content type ${contentType}`);
      const validate = this.validator(`${method} ${p} ${status}`, media.schema);
      if (!validate(res.body)) {
        assert.fail(`${this.api} ${method.toUpperCase()} ${p} ${status} does not match the OpenAPI document:\n${this.ajv.errorsText(validate.errors, { separator: '\n' })}\nbody: ${String(JSON.stringify(res.body)).slice(0, 1500)}`);
      }
    }
  }

  /** Validates a request body against the document (to keep the tests' own examples honest). */
  assertRequest(method: string, p: string, body: unknown): void {
    const op = this.operation(method, p);
    let requestBody = op.requestBody as { $ref?: string; content?: Record<string, { schema: unknown }> } | undefined;
    if (requestBody?.$ref) requestBody = this.resolve(requestBody.$ref) as typeof requestBody;
    const media = requestBody?.content && Object.values(requestBody.content)[0];
    if (!media) return;
    const validate = this.validator(`request ${method} ${p}`, media.schema);
    if (!validate(body)) assert.fail(`request for ${method.toUpperCase()} ${p} does not match the document: ${this.ajv.errorsText(validate.errors)}`);
  }

  private resolve(ref: string): unknown {
    let node: unknown = this.document;
    for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
    return node;
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(rewriteRefs(schema) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

/** `#/components/…` → `spec#/components/…` so that compiled sub-schemas find the components. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      // A $ref to another document (documenten: the Catalogi API's InformatieObjectType) is not checked.
      if (k === '$ref' && typeof v === 'string' && !v.startsWith('#/')) continue;
      // A $ref to another document (the Zaken API's _expand.zaaktype points to the Catalogi API on GitHub) is not checked.
      if (k === '$ref' && typeof v === 'string' && !v.startsWith('#/')) return {};
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `spec${v}` : rewriteRefs(v);
    }
    // `nullable` beside allOf/oneOf without `type` (documenten: ondertekening, integriteit): ajv wants a type.
    if (out.nullable === true && !('type' in out)) {
      const { nullable: _nullable, ...rest } = out;
      return { anyOf: [rest, { type: 'null' }] };
    }
    return out;
  }
  return node;
}

const loaded = new Map<string, Contract>();

export function loadContract(api: ZgwApi | 'notificaties-consumer'): Contract {
  let contract = loaded.get(api);
  if (!contract) {
    // The official zaken-1.5.1.yaml has one description whose continuation line is indented too
    // little (invalid YAML); join that line before parsing.
    const text = readFileSync(path.join(specsDir(), FILES[api]), 'utf8').replace(/ \\\n\s*\\ /g, ' ');
    contract = new Contract(api, parse(text, { maxAliasCount: -1 }) as OpenApi);
    loaded.set(api, contract);
  }
  return contract;
}
