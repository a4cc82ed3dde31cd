import { execFile } from 'child_process';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { promisify } from 'util';

const ROOT = resolve(__dirname, '../../..');
// The same tool as `npm run api-client:generate`, so the check and the generator cannot drift apart.
const GENERATOR = resolve(ROOT, 'tools/generate-api-client.js');
const OUTPUTS = { openapi: resolve(ROOT, 'libs/api-client/openapi.json'), schema: resolve(ROOT, 'libs/api-client/src/schema.ts') };

async function generate(): Promise<{ openapi: string; schema: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [GENERATOR, '--print'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const STALE = 'is out of date with the API: run `npm run api-client:generate` and commit the result';

describe('generated api-client', () => {
  let fresh: { openapi: string; schema: string };

  beforeAll(async () => {
    fresh = await generate();
  }, 60_000);

  it('openapi.json matches the OpenAPI document of the built API', () => {
    const committed = readFileSync(OUTPUTS.openapi, 'utf8');
    if (committed !== fresh.openapi) throw new Error(`libs/api-client/openapi.json ${STALE}`);
  });

  it('schema.ts matches the types generated from that document', () => {
    const committed = readFileSync(OUTPUTS.schema, 'utf8');
    if (committed !== fresh.schema) throw new Error(`libs/api-client/src/schema.ts ${STALE}`);
  });

  it('covers the auth routes the SPA depends on', () => {
    const paths = Object.keys(JSON.parse(fresh.openapi).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/refresh', '/api/auth/logout', '/api/auth/me']));
  });
});
