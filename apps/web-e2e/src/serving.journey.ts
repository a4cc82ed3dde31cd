import { readdirSync } from 'fs';
import { request as httpRequest } from 'http';
import { networkInterfaces } from 'os';
import { resolve } from 'path';
import { brotliDecompressSync, gunzipSync } from 'zlib';
import type { ApiProcess } from '../../api/test/support/test-app';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

const SPA_DIR = resolve(__dirname, '../../../dist/apps/web');

/** This machine's first non-loopback IPv4 address: what a colleague types to reach `npm start` on it. */
function lanAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  if (!address) throw new Error('this machine has no non-loopback IPv4 address to test from');
  return address;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET without fetch's automatic decompression, so the bytes on the wire can be checked. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

function csp(response: RawResponse): string {
  return String(response.headers['content-security-policy'] ?? '');
}

describe('serving journey: the SPA as the API serves it (npm start)', () => {
  let j: Journey;
  let lanUrl: string;
  let index: string;
  let script: string;

  beforeAll(async () => {
    j = await startJourney('serving');
    lanUrl = `http://${lanAddress()}:${new URL(j.url('/')).port}`;
    index = (await get(j.url('/'))).body.toString();
    script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
    expect(script).not.toBe('');
  });

  afterAll(async () => {
    await j?.close();
  });

  it('opens from another machine over plain http: the login page renders, its script loaded over http', async () => {
    const { page } = j;
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.ok()) scripts.push(response.url());
    });
    await page.goto(`${lanUrl}/`);
    await page.waitForURL(/\/login$/);
    await expectVisible(page.getByRole('heading', { name: 'Log in' }));
    expect(scripts).toContain(`${lanUrl}${script}`);
    expect(j.browserErrors).toEqual([]);
    await j.shot('login-over-lan-http');

    const answer = await get(`${lanUrl}/`);
    expect(answer.status).toBe(200);
    expect(csp(answer)).not.toContain('upgrade-insecure-requests');
  });

  it('asks browsers to upgrade only when the app is served over https', async () => {
    // Loopback is a trusted proxy by default: its X-Forwarded-Proto counts; from the LAN address it is the client's own claim.
    expect(csp(await get(j.url('/'), { 'X-Forwarded-Proto': 'https' }))).toContain('upgrade-insecure-requests');
    expect(csp(await get(`${lanUrl}/`, { 'X-Forwarded-Proto': 'https' }))).not.toContain('upgrade-insecure-requests');

    let https: ApiProcess | undefined;
    try {
      https = await j.env.startApi({ env: { SPA_DIR, PUBLIC_URL: 'https://corral.test' } });
      expect(csp(await get(`${https.url}/`))).toContain('upgrade-insecure-requests');
    } finally {
      await https?.stop();
    }
  });

  it('sends brotli when the browser takes it, else gzip, else the plain file', async () => {
    const plain = await get(j.url(script));
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toMatch(/^text\/javascript/);

    const br = await get(j.url(script), { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gz = await get(j.url(script), { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('caches hashed assets for a year and revalidates index.html', async () => {
    expect((await get(j.url(script))).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/dashboard']) {
      expect((await get(j.url(path))).headers['cache-control']).toBe('no-cache');
    }
    // An asset of an older deploy is missing, not the SPA's page served as a script.
    expect((await get(j.url('/assets/index-0ld0ld0l.js'))).status).toBe(404);
  });

  it('publishes no source maps: none is built, and the script names none', async () => {
    expect(readdirSync(resolve(SPA_DIR, 'assets')).filter((name) => name.endsWith('.map'))).toEqual([]);
    expect((await get(j.url(`${script}.map`))).status).toBe(404);
    expect((await get(j.url(script))).body.toString()).not.toContain('sourceMappingURL');
  });
});
