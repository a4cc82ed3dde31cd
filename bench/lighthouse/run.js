#!/usr/bin/env node
/**
 * Lighthouse performance of the dashboard, logged in, on a cold HTTP cache, as the API serves the SPA.
 *
 *   npx nx run-many -t build && node bench/lighthouse/run.js [runs=3] [host=127.0.0.1]
 *
 * Seeds a throwaway database with the demo data (`npm run seed`), starts the built API serving the
 * built SPA (SPA_DIR), starts chromium (CHROME_PATH, default /usr/bin/chromium) with --headless
 * --no-sandbox --disable-gpu and a debugging port, logs in as the demo admin through the login
 * page, then before each run empties the browser's HTTP cache (the tokens in localStorage stay,
 * so the dashboard is what loads) and runs `npx lighthouse@12.8.2` (the last major that runs on
 * Node 20) on that browser: mobile preset, performance only. Prints each run and the median.
 * `host` is the address the browser uses, e.g. this machine's LAN address.
 */
const { execFile, spawn } = require('child_process');
const { mkdtempSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join, resolve } = require('path');
const { promisify } = require('util');
const { chromium } = require('playwright-core');
const { ROOT, clearRedisPrefix, databaseUrl, dropDatabase, freePort, loadAverage, machineSpecs, startApi } = require('../support/bench-api');

const RUNS = Number(process.argv[2] ?? 3);
const HOST = process.argv[3] ?? '127.0.0.1';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu'];

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

async function startChromium(port, profile) {
  const child = spawn(CHROME_PATH, [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, '--no-first-run', 'about:blank'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`chromium exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('chromium did not open its debugging port');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function lighthouse(url, port) {
  const { stdout } = await promisify(execFile)(
    'npx',
    ['--yes', LIGHTHOUSE, url, `--port=${port}`, '--disable-storage-reset', '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  if (!new URL(report.finalDisplayedUrl).pathname.startsWith('/dashboard')) throw new Error(`lighthouse ended on ${report.finalDisplayedUrl}, not the dashboard`);
  const audit = (id) => report.audits[id].numericValue;
  const requests = report.audits['network-requests'].details.items;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndexMs: audit('speed-index'),
    transferKb: audit('total-byte-weight') / 1024,
    requests: requests.length,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_lighthouse_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const profile = mkdtempSync(join(tmpdir(), 'corral-lighthouse-'));
  let api;
  let chrome;
  let browser;
  try {
    await seed(database, queuePrefix);
    api = await startApi({ database, queuePrefix, env: { ROLE: 'api', SPA_DIR: resolve(ROOT, 'dist/apps/web') } });
    const origin = `http://${HOST}:${new URL(api.url).port}`;
    const debugPort = await freePort();
    chrome = await startChromium(debugPort, profile);
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    const page = await browser.contexts()[0].newPage();
    await page.goto(`${origin}/login`);
    await page.getByLabel('Email').fill('admin@corral.local');
    await page.getByLabel('Password', { exact: true }).fill('corral-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const results = [];
    for (let run = 1; run <= RUNS; run++) {
      await cdp.send('Network.clearBrowserCache');
      const result = await lighthouse(`${origin}/dashboard`, debugPort);
      results.push(result);
      console.log(`run ${run}: ${JSON.stringify(result, (_k, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
    }
    const keys = Object.keys(results[0]);
    const medians = Object.fromEntries(keys.map((key) => [key, Number(median(results.map((r) => r[key])).toFixed(3))]));
    console.log(JSON.stringify({ machine: machineSpecs(), loadavg1m: Number(loadAverage()), origin, runs: RUNS, lighthouse: LIGHTHOUSE, median: medians }, null, 1));
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
