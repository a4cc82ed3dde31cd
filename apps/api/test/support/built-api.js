/**
 * Starting the BUILT API (dist/apps/api/main.js) on a throwaway database and Bull prefix, and
 * cleaning up after it: the one implementation behind the e2e harness (test-app.ts) and the
 * benchmarks (bench/support/bench-api.js). Plain CommonJS so that `node bench/<x>/run.js` can
 * require it without a TypeScript step; its types are in built-api.d.ts.
 */
const { spawn } = require('child_process');
const { existsSync } = require('fs');
const { createServer } = require('net');
const { resolve } = require('path');
const Redis = require('ioredis'); // a dependency of bull
const { Client } = require('pg');

const MAIN = resolve(__dirname, '../../../../dist/apps/api/main.js');
/** A loaded 2-core CI machine has needed more than 30 s to boot an API. */
const START_TIMEOUT_MS = 60_000;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** The URL of database `name` on the server of `adminUrl`. */
function databaseUrlOf(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl, name) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Deletes this run's Bull keys only: several runs (and a developer's app) may share one Redis. */
async function clearRedisPrefix(redisUrl, prefix) {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

/**
 * Spawns the built API on `port` with `env` over a base that sends mail nowhere and lets logins
 * through, and resolves once /api/health answers or, with `readyWhen`, once its output matches
 * (a worker serves no HTTP). Rejects with the output when it exits or is not ready in 60 s.
 */
async function startBuiltApi({ port, env, readyWhen, nodeArgs = [] }) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the build first (npm test does)`);
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: { PATH: process.env.PATH, PORT: String(port), SMTP_URL: 'smtp://127.0.0.1:9', LOG_LEVEL: 'warn', LOGIN_RATE_LIMIT: '1000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const api = { child, url: `http://127.0.0.1:${port}`, output: '' };
  child.stdout.on('data', (d) => (api.output += d));
  child.stderr.on('data', (d) => (api.output += d));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${api.output}`);
    if (readyWhen) {
      if (readyWhen.test(api.output)) return api;
    } else {
      try {
        if ((await fetch(`${api.url}/api/health`)).ok) return api;
      } catch {
        // not listening yet
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  void stopProcess(child, 'SIGKILL');
  throw new Error(`API did not become ${readyWhen ? 'ready' : 'healthy'} within ${START_TIMEOUT_MS / 1000} s:\n${api.output}`);
}

/** Resolves once `child` has exited; SIGKILL after `killAfterMs` (5 s) when `signal` did not end it. */
function stopProcess(child, signal = 'SIGTERM', killAfterMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), killAfterMs).unref();
  });
}

module.exports = { MAIN, freePort, databaseUrlOf, dropDatabase, clearRedisPrefix, startBuiltApi, stopProcess };
