/**
 * Lighthouse on a browser bench/spa/run.js already signed in: mobile preset (emulated phone,
 * simulated slow 4G, 4× CPU slowdown), performance only, through `npx lighthouse@12.8.2` (the last
 * major that runs on Node 20; 13 needs Node 22) attached to that browser's debugging port.
 */
const { execFile, spawn } = require('child_process');
const { promisify } = require('util');

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu'];

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

module.exports = { CHROME_PATH, CHROME_FLAGS, LIGHTHOUSE, startChromium, lighthouse };
