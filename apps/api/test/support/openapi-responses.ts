import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';

/**
 * Checks answers against the API's own OpenAPI 3.0 document, so a response the document does not
 * describe fails the test that received it: an undeclared status, a media type the operation does
 * not list, or a JSON body its schema rejects. Bodies that are not JSON (CSV, GIF, HTML pages,
 * redirects) are checked for status and content type only.
 */

type Schema = Record<string, unknown>;
interface MediaType {
  schema?: Schema;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Served by Swagger's own setup and deliberately not part of the document it serves. */
const UNDOCUMENTED_PATHS = new Set(['/api/docs', '/api/docs-json']);
/** Formats of OAS 3.0 that constrain nothing JSON Schema can check on a decoded JSON value. */
const ANNOTATION_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];
/** Keywords of the OAS Schema Object that JSON Schema does not know. */
const OAS_ONLY_KEYWORDS = ['example', 'xml', 'externalDocs', 'discriminator', 'deprecated'];
const DOCUMENT_ID = 'openapi-document';

/**
 * OAS 3.0 `nullable` as Prism and other OAS 3.0 validators read it (openapi-schema-to-json-schema):
 * with `type` it adds `null` to the type (and to `enum`); with `oneOf`/`anyOf` it adds a `null`
 * branch. Beside `allOf` alone it cannot apply: every member of an allOf must accept the value too.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OAS_ONLY_KEYWORDS.includes(key) || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `${DOCUMENT_ID}${value}`;
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, toJsonSchema(property)]));
    } else out[key] = toJsonSchema(value);
  }
  if ((schema as Schema).nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    }
    for (const combinator of ['oneOf', 'anyOf']) {
      if (Array.isArray(out[combinator])) out[combinator] = [...(out[combinator] as unknown[]), { type: 'null' }];
    }
  }
  return out;
}

function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json$/.test(mediaType);
}

function mediaTypeMatches(declared: string, actual: string): boolean {
  if (declared === '*/*' || declared === actual) return true;
  return declared.endsWith('/*') && actual.startsWith(declared.slice(0, -1));
}

function describeError(error: ErrorObject, body: unknown): string {
  const at = error.instancePath || '(body)';
  if (error.keyword === 'required') return `${at} ${error.message}`;
  let value: unknown = body;
  for (const segment of error.instancePath.split('/').slice(1)) {
    value = (value as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const params = error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty: string }).additionalProperty})` : '';
  const shown = JSON.stringify(value);
  return `${at} ${error.message}${params}, got ${shown === undefined ? 'undefined' : shown.length > 120 ? `${shown.slice(0, 120)}…` : shown}`;
}

interface PathTemplate {
  template: string;
  pattern: RegExp;
  parameters: number;
}

export class OpenApiResponseValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  private readonly templates: PathTemplate[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    for (const format of ANNOTATION_FORMATS) this.ajv.addFormat(format, true);
    // The component schemas keep their place in the document, so `#/components/schemas/X` refs resolve.
    this.ajv.addVocabulary(['components']);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } });
    // A literal segment beats a parameter: /api/contacts/export is not /api/contacts/{id}.
    this.templates = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        parameters: (template.match(/\{/g) ?? []).length,
      }))
      .sort((a, b) => a.parameters - b.parameters);
  }

  /** The problems with `res` as the answer to `method url`; empty when the document describes it. */
  check(method: string, url: string, res: Pick<Response, 'status' | 'headers' | 'body'> & { text?: string }): string[] {
    const path = new URL(url, 'http://api.invalid').pathname;
    if (UNDOCUMENTED_PATHS.has(path)) return [];
    const verb = method.toLowerCase();
    const template = this.templates.find((t) => t.pattern.test(path) && this.document.paths[t.template][verb]);
    if (!template) return [`no operation ${verb.toUpperCase()} matches ${path} in the OpenAPI document`];
    const operation = this.document.paths[template.template][verb];
    const declared =
      operation.responses[String(res.status)] ?? operation.responses[`${String(res.status)[0]}XX`] ?? operation.responses.default;
    if (!declared) {
      return [`status ${res.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')}); body: ${(res.text ?? '').slice(0, 300)}`];
    }
    const contentType = String(res.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const hasBody = res.status !== 204 && res.status !== 304 && Boolean(contentType);
    const content = declared.content ?? {};
    const mediaTypes = Object.keys(content);
    if (!mediaTypes.length) {
      // Express writes a short text body on redirects; only its Location matters.
      return hasBody && !(res.status >= 300 && res.status < 400) ? [`status ${res.status} declares no body, got ${contentType}`] : [];
    }
    if (!hasBody) return [`status ${res.status} declares ${mediaTypes.join(', ')}, got no body`];
    const mediaType = mediaTypes.find((m) => mediaTypeMatches(m, contentType));
    if (!mediaType) return [`status ${res.status} declares ${mediaTypes.join(', ')}, got ${contentType}`];
    const schema = content[mediaType].schema;
    // No text and no body: the caller could not read it (a browser discards bodies on navigation).
    if (!schema || !isJsonMediaType(contentType) || (res.text === undefined && res.body === undefined)) return [];
    let body: unknown;
    try {
      body = res.text === undefined ? res.body : JSON.parse(res.text);
    } catch {
      return [`status ${res.status} is ${contentType} but the body is not JSON: ${(res.text ?? '').slice(0, 200)}`];
    }
    const key = `${verb} ${template.template} ${res.status} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.compiled.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${mediaType} body ${describeError(error, body)}`);
  }

  /** Throws an error naming the request, the operation's status and every schema error. */
  assert(method: string, url: string, res: Pick<Response, 'status' | 'headers' | 'body'> & { text?: string }): void {
    const problems = this.check(method, url, res);
    if (problems.length) {
      throw new Error(`${method.toUpperCase()} ${url} answered ${res.status}, which does not match the OpenAPI document:\n  - ${problems.join('\n  - ')}`);
    }
  }
}
