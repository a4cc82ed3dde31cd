/**
 * Helpers of the contacts benchmarks: a throwaway database and Bull prefix per run, the BUILT API
 * (dist/apps/api/main.js) started against them, and the machine description printed with results.
 */
const { spawn, execFileSync } = require('child_process');
const { readFileSync } = require('fs');
const { cpus, loadavg, totalmem } = require('os');
const { resolve } = require('path');
const { Client } = require('pg');

const ROOT = resolve(__dirname, '../..');
const MAIN = resolve(ROOT, 'dist/apps/api/main.js');
const ADMIN_DB_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

function databaseUrl(name) {
  const url = new URL(ADMIN_DB_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql) {
  const client = new Client({ connectionString: ADMIN_DB_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function dropDatabase(name) {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function clearRedisPrefix(prefix) {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

/** Starts the built API with ROLE=all on its own database; resolves once /api/health answers. */
async function startApi({ database, queuePrefix, port, env = {} }) {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl(database),
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: 'smtp://127.0.0.1:9',
      JWT_SECRET: 'bench-secret-that-is-long-enough',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    output: () => output,
    /** Peak resident set size of the API process so far (VmHWM), in MB. */
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
    },
    stop() {
      return new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    },
  };
}

async function registerAdmin(url) {
  const res = await fetch(`${url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1', name: 'Bench Admin' }),
  });
  if (!res.ok) throw new Error(`register: ${res.status} ${await res.text()}`);
  return res.json();
}

function machine() {
  let postgres = '';
  try {
    postgres = execFileSync('psql', ['-At', ADMIN_DB_URL, '-c', 'SHOW server_version'], { encoding: 'utf8' }).trim();
  } catch {
    postgres = 'unknown';
  }
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres,
    /** 1-minute load average: on a shared machine it says how much of the CPU the run really had. */
    load: loadavg()[0].toFixed(1),
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

module.exports = { ROOT, ADMIN_DB_URL, databaseUrl, adminQuery, dropDatabase, clearRedisPrefix, startApi, registerAdmin, machine, percentile };
