/**
 * What every benchmark needs around the BUILT API (dist/apps/api/main.js): a throwaway database and
 * Bull prefix per run, the API started against them, CPU readings of its processes, and the machine
 * the figures were taken on. Each family of benches adds its own parts (contacts-bench.js,
 * email-bench.js).
 */
const { spawn, execFileSync } = require('child_process');
const { readFileSync } = require('fs');
const { createServer } = require('net');
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

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(name) {
  await withClient(ADMIN_DB_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
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

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/**
 * Starts the built API on its own database, on `port` or a free one; resolves once /api/health
 * answers (or, with `worker`, a ROLE=worker process, once it says it started). `PROF=1` writes a
 * CPU profile of each process to /tmp/emprof when it stops.
 */
async function startApi({ database, queuePrefix, port, env = {}, worker = false }) {
  port ??= await freePort();
  const child = spawn(process.execPath, [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/emprof'] : []), MAIN], {
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
      ...(worker && { ROLE: 'worker', LOG_LEVEL: 'info' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`API did not start:\n${output}`);
    if (worker && output.includes('Corral worker started')) break;
    try {
      if (!worker && (await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    databaseUrl: databaseUrl(database),
    output: () => output,
    /** CPU time (user + system) the API process has used so far, in ms. */
    cpuMs() {
      return processCpuMs(child.pid);
    },
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

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) of one process so far, in ms, from /proc/<pid>/stat. */
function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU time so far of the PostgreSQL backends connected to one database, in ms: other databases on
 * the same server (other benchmarks, test runs) do not count. The API keeps its pooled connections
 * open, so totals taken before and after a phase compare the same backends.
 */
async function postgresCpuMs(database) {
  const { rows } = await withClient(ADMIN_DB_URL, (db) =>
    db.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]),
  );
  return rows.reduce((sum, { pid }) => {
    try {
      return sum + processCpuMs(pid);
    } catch {
      return sum; // exited meanwhile
    }
  }, 0);
}

/**
 * The machine, without its load: each family of benches prints the 1-minute load average under
 * its own key (`load`, `loadavg1m`), and their published figures quote those lines as they are.
 */
function machineSpecs() {
  let postgres = 'unknown';
  try {
    postgres = execFileSync('psql', ['-At', ADMIN_DB_URL, '-c', 'SHOW server_version'], { encoding: 'utf8' }).trim();
  } catch {
    // psql missing: the version is only informative
  }
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres,
  };
}

/** 1-minute load average, one decimal: on a shared machine it says how much of the CPU the run really had. */
function loadAverage() {
  return loadavg()[0].toFixed(1);
}

/** CPU time so far of the Redis server (when it runs on this host), in ms; undefined when it cannot be read. */
async function redisCpuMs() {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL);
  try {
    const pid = /process_id:(\d+)/.exec(await redis.info('server'))?.[1];
    return pid ? processCpuMs(Number(pid)) : undefined;
  } catch {
    return undefined; // another host, or another user's process
  } finally {
    redis.disconnect();
  }
}

module.exports = { ROOT, databaseUrl, withClient, dropDatabase, clearRedisPrefix, freePort, startApi, processCpuMs, postgresCpuMs, redisCpuMs, machineSpecs, loadAverage };
