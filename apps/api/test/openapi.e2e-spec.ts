import { createConfig, lintFromString } from '@redocly/openapi-core';
import { execFileSync } from 'child_process';
import { resolve } from 'path';

/**
 * Guards the integrators' reference: the OpenAPI document must pass Redocly's recommended rules.
 * The accepted deviations are listed in README.md ("OpenAPI lint"): /api/health has no 4XX answer,
 * /track/click/{token} no 2XX (it only redirects).
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
});
