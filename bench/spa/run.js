#!/usr/bin/env node
/**
 * The SPA's first load: the JavaScript each route needs, and Lighthouse on the dashboard.
 *
 *   npx nx run-many -t build && node bench/spa/run.js [lighthouseRuns=3] [host=127.0.0.1]
 *
 * Seeds a throwaway database with the demo data (`npm run seed`), starts the built API serving the
 * built SPA (SPA_DIR, what `npm start` runs) and chromium (CHROME_PATH, default /usr/bin/chromium).
 * Then, for each route, in a fresh browser context (empty HTTP cache): signed out for `/` (which
 * lands on the login page), signed in as the demo admin for the others, it opens the route, waits
 * for the page's heading and then until the network is idle, and sums the scripts the page loaded: their number, their size as
 * served (brotli or gzip, precompressed at build time) and their gzip size (level 9, computed here
 * from dist/apps/web, the unit of the targets). Target: ≤ 150 KB gzip before login.
 *
 * Lighthouse (bench/spa/lighthouse.js) then runs on the dashboard `lighthouseRuns` times (0 skips
 * it), signed in, each on a cold HTTP cache; prints each run and the median. Target: score ≥ 90.
 * `host` is the address the browser uses, e.g. this machine's LAN address. BENCH_SPA_FILES=1 lists
 * each route's scripts by size.
 */
const { execFile } = require('child_process');
const { mkdtempSync, readFileSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join, resolve } = require('path');
const { promisify } = require('util');
const { gzipSync } = require('zlib');
const { chromium } = require('playwright-core');
const { ROOT, clearRedisPrefix, databaseUrl, dropDatabase, freePort, loadAverage, machineSpecs, startApi } = require('../support/bench-api');
const { LIGHTHOUSE, lighthouse, startChromium } = require('./lighthouse');

const LIGHTHOUSE_RUNS = Number(process.argv[2] ?? 3);
const HOST = process.argv[3] ?? '127.0.0.1';
const SPA_DIR = resolve(ROOT, 'dist/apps/web');
const SIGNED_IN_ROUTES = ['/dashboard', '/contacts', '/deals', '/campaigns/new', '/templates/new', '/workflows/new'];

async function seed(database, queuePrefix) {
  await promisify(execFile)(process.execPath, [resolve(ROOT, 'dist/apps/api/seed.js')], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl(database),
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: 'bench-secret-that-is-long-enough',
      LOG_LEVEL: 'warn',
    },
  });
}

async function signIn(page, origin) {
  await page.goto(`${origin}/login`);
  await page.getByLabel('Email').fill('admin@corral.local');
  await page.getByLabel('Password', { exact: true }).fill('corral-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
}

/** The scripts one cold load of `url` fetched, in a context of their own. */
async function scriptsOf(browser, url, storageState) {
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    const scripts = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request);
    });
    await page.goto(url);
    // Every page titles itself with an h1 once its code has run (the login page too); idle after
    // that is when the route's lazy chunks have all arrived.
    await page.locator('h1').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const sized = await Promise.all(
      scripts.map(async (request) => {
        const path = new URL(request.url()).pathname;
        return { path, servedBytes: (await request.sizes()).responseBodySize, gzipBytes: gzipSync(readFileSync(join(SPA_DIR, path)), { level: 9 }).length };
      }),
    );
    return { landedOn: new URL(page.url()).pathname, scripts: sized };
  } finally {
    await context.close();
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_spa_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const profile = mkdtempSync(join(tmpdir(), 'corral-spa-bench-'));
  let api;
  let chrome;
  let browser;
  try {
    await seed(database, queuePrefix);
    api = await startApi({ database, queuePrefix, env: { ROLE: 'api', SPA_DIR } });
    const origin = `http://${HOST}:${new URL(api.url).port}`;
    const debugPort = await freePort();
    chrome = await startChromium(debugPort, profile);
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);

    const signedIn = await browser.newContext();
    await signIn(await signedIn.newPage(), origin);
    const storageState = await signedIn.storageState();
    await signedIn.close();

    console.log('| route | landed on | scripts | served KB | gzip KB |');
    console.log('| --- | --- | ---: | ---: | ---: |');
    for (const [route, state] of [['/', undefined], ...SIGNED_IN_ROUTES.map((r) => [r, storageState])]) {
      const { landedOn, scripts } = await scriptsOf(browser, `${origin}${route}`, state);
      const served = scripts.reduce((sum, s) => sum + s.servedBytes, 0);
      const gzip = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
      console.log(`| ${route}${state ? '' : ' (signed out)'} | ${landedOn} | ${scripts.length} | ${kb(served)} | ${kb(gzip)} |`);
      if (process.env.BENCH_SPA_FILES) for (const s of [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`    ${kb(s.gzipBytes)} ${s.path}`);
    }

    if (LIGHTHOUSE_RUNS > 0) {
      const page = await browser.contexts()[0].newPage();
      await signIn(page, origin);
      const cdp = await page.context().newCDPSession(page);
      const results = [];
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        await cdp.send('Network.clearBrowserCache');
        const result = await lighthouse(`${origin}/dashboard`, debugPort);
        results.push(result);
        console.log(`lighthouse run ${run}: ${JSON.stringify(result, (_k, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
      }
      const keys = Object.keys(results[0]);
      const medians = Object.fromEntries(keys.map((key) => [key, Number(median(results.map((r) => r[key])).toFixed(3))]));
      console.log(JSON.stringify({ lighthouse: LIGHTHOUSE, runs: LIGHTHOUSE_RUNS, median: medians }, null, 1));
    }
    console.log(JSON.stringify({ machine: machineSpecs(), loadavg1m: Number(loadAverage()), origin }));
  } finally {
    await browser?.close().catch(() => undefined);
    chrome?.kill('SIGKILL');
    await api?.stop();
    await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
