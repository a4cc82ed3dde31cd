import { createConfig, lintFromString } from '@redocly/openapi-core';
import { execFileSync } from 'child_process';
import { resolve } from 'path';
import { OpenApiResponseValidator } from './support/openapi-responses';

/**
 * Guards the integrators' reference: the OpenAPI document must pass Redocly's recommended rules.
 * The accepted deviations are listed in README.md ("OpenAPI lint"): /api/health has no 4XX answer,
 * /track/click/{token} no 2XX (it only redirects), and /api/contacts/imports/{id} looks ambiguous beside
 * /api/contacts/{id}/tags (both published routes, kept for integrators).
 */
describe('OpenAPI document', () => {
  const source = execFileSync(process.execPath, [resolve(__dirname, '../../../dist/apps/api/openapi.js')], { encoding: 'utf8' });
  const document = JSON.parse(source);

  it('passes redocly lint with the recommended rules', async () => {
    const problems = await lintFromString({
      source,
      absoluteRef: 'openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const unexpected = problems
      .filter((p) => !(p.ruleId === 'operation-4xx-response' && p.location[0].pointer === '#/paths/~1api~1health/get/responses'))
      // Click tracking answers only with a redirect (302) or an HTML 404 page: it has no 2XX by design.
      .filter((p) => !(p.ruleId === 'operation-2xx-response' && p.location[0].pointer === '#/paths/~1track~1click~1{token}/get/responses'))
      // Both /api/contacts/imports/{id} and /api/contacts/{id}/<sub> are published routes; Nest matches the literal `imports` first.
      .filter((p) => !(p.ruleId === 'no-ambiguous-paths' && p.message.includes('`/api/contacts/imports/{id}`')))
      .map((p) => `${p.severity} ${p.ruleId} ${p.location[0].pointer}: ${p.message}`);
    expect(unexpected).toEqual([]);
  });

  it('gives every operation a summary and marks only public routes as needing no token', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { summary?: string; security?: unknown[] }>).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.filter(({ op }) => !op.summary).map(({ path, method }) => `${method} ${path}`)).toEqual([]);
    const publicOps = operations.filter(({ op }) => Array.isArray(op.security) && op.security.length === 0).map(({ path, method }) => `${method} ${path}`);
    expect(publicOps).toEqual(expect.arrayContaining(['post /api/auth/login', 'get /api/health']));
    expect(publicOps).not.toContain('get /api/auth/me');
  });

  it('declares the statuses the guards, the body parser and the services give', () => {
    const statuses = (method: string, path: string) => Object.keys(document.paths[path][method].responses);
    expect(statuses('post', '/api/auth/login')).toEqual(expect.arrayContaining(['200', '400', '401', '413', '429']));
    expect(statuses('post', '/api/auth/register')).toEqual(expect.arrayContaining(['403', '429']));
    // @Roles on the method and on the class (suppressions) both give a 403.
    expect(statuses('post', '/api/campaigns')).toContain('403');
    expect(statuses('get', '/api/suppressions')).toContain('403');
    // Every authenticated route may refuse an API key (its scope, or keys altogether) and limit one (429).
    const responses = (method: string, path: string) => document.paths[path][method].responses;
    expect(responses('get', '/api/contacts')['403'].description).toBe('Refused to an API key without the scope contacts:read');
    expect(responses('post', '/api/campaigns')['403'].description).toMatch(/^Needs the role .+; refused to an API key without the scope emails:write$/);
    expect(responses('get', '/api/users')['403'].description).toBe('Needs the role admin or manager; refused to any API key (signed-in users only)');
    expect(statuses('get', '/api/contacts')).toContain('429');
    expect(statuses('get', '/api/health')).not.toContain('403');
    expect(statuses('get', '/api/health')).not.toContain('429');
    expect(statuses('post', '/api/contacts')).toContain('409');
    expect(statuses('post', '/api/campaigns/{id}/send')).toEqual(expect.arrayContaining(['404', '409']));
    const conflict = document.paths['/api/campaigns/{id}/send'].post.responses['409'];
    expect(conflict.content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } });
    const oneClick = document.paths['/unsubscribe/{token}'].post;
    expect(oneClick.requestBody.content['application/x-www-form-urlencoded'].schema.properties['List-Unsubscribe'].enum).toEqual(['One-Click']);
    expect(Object.keys(oneClick.responses['404'].content)).toEqual(['text/html']);
  });

  describe('as the e2e suites read it (support/openapi-responses)', () => {
    const validator = new OpenApiResponseValidator(document);
    const json = (status: number, body: unknown, type = 'application/json') => ({ status, headers: { 'content-type': `${type}; charset=utf-8` }, text: JSON.stringify(body), body });
    const contact = {
      id: '6f1c7e52-3b0a-4c57-9a39-1d2f1a3b4c5d',
      firstName: 'Ada',
      lastName: 'Lovelace',
      fullName: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: null,
      companyId: null,
      company: null,
      status: 'lead',
      tags: [],
      assignedToId: null,
      assignedTo: null,
      notes: null,
      customFields: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };

    it('accepts null for a nullable reference, and the referenced object', () => {
      expect(validator.check('GET', `/api/contacts/${contact.id}`, json(200, contact))).toEqual([]);
      const company = { id: '0b8a4f8e-7a47-4d0e-9d7e-2f5b6c7d8e9f', name: 'Acme' };
      expect(validator.check('GET', `/api/contacts/${contact.id}`, json(200, { ...contact, companyId: company.id, company }))).toEqual([]);
    });

    it('names method, path, status and each schema error of a body that does not match', () => {
      const { email: _email, ...withoutEmail } = contact;
      expect(() => validator.assert('get', `/api/contacts/${contact.id}?x=1`, json(200, { ...withoutEmail, company: 'Acme', status: 'vip' }))).toThrow(
        new RegExp(
          `^GET /api/contacts/${contact.id}\\?x=1 answered 200, which does not match the OpenAPI document:\\n` +
            '(?=[\\s\\S]*- application/json body \\(body\\) must have required property \'email\')' +
            '(?=[\\s\\S]*- application/json body /company must be object,null, got "Acme")' +
            '(?=[\\s\\S]*- application/json body /status must be equal to one of the allowed values, got "vip")',
        ),
      );
    });

    it('refuses an undeclared status, an unknown route and a media type the operation does not list', () => {
      expect(validator.check('GET', `/api/contacts/${contact.id}`, json(500, { status: 500 }, 'application/problem+json'))).toEqual([
        'status 500 is not declared (declared: 200, 400, 401, 403, 404, 429); body: {"status":500}',
      ]);
      expect(validator.check('GET', '/api/nowhere', json(404, {}))).toEqual(['no operation GET matches /api/nowhere in the OpenAPI document']);
      expect(validator.check('GET', '/api/contacts/export', { status: 200, headers: { 'content-type': 'application/json' }, text: '[]', body: [] })).toEqual([
        'status 200 declares text/csv, got application/json',
      ]);
      expect(validator.check('GET', '/api/contacts/export', { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8' }, text: 'email\n', body: {} })).toEqual([]);
    });

    it('checks a redirect for its status only, and a 204 for having no body', () => {
      expect(validator.check('GET', '/track/click/abc', { status: 302, headers: { 'content-type': 'text/plain' }, text: 'Found.', body: {} })).toEqual([]);
      expect(validator.check('DELETE', `/api/contacts/${contact.id}`, { status: 204, headers: {}, text: '', body: {} })).toEqual([]);
    });
  });
});
