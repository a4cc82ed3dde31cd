/**
 * What every benchmark needs around the BUILT API (dist/apps/api/main.js): a throwaway database and
 * Bull prefix per run, the API started against them, CPU readings of its processes, and the machine
 * the figures were taken on. Starting and cleaning up are the e2e harness's own
 * (apps/api/test/support/built-api.js); each family of benches adds its own parts
 * (contacts-bench.js, email-bench.js).
 */
const { execFileSync } = require('child_process');
const { readFileSync } = require('fs');
const { cpus, loadavg, totalmem } = require('os');
const { resolve } = require('path');
const { Client } = require('pg');
const harness = require('../../apps/api/test/support/built-api');

const { freePort } = harness;
const ROOT = resolve(__dirname, '../..');
const ADMIN_DB_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const databaseUrl = (name) => harness.databaseUrlOf(ADMIN_DB_URL, name);
const dropDatabase = (name) => harness.dropDatabase(ADMIN_DB_URL, name);
const clearRedisPrefix = (prefix) => harness.clearRedisPrefix(REDIS_URL, prefix);

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Starts the built API on its own database, on `port` or a free one; resolves once /api/health
 * answers (or, with `worker`, a ROLE=worker process, once it says it started). `PROF=1` writes a
 * CPU profile of each process to /tmp/emprof when it stops.
 */
async function startApi({ database, queuePrefix, port, env = {}, worker = false }) {
  const api = await harness.startBuiltApi({
    port: port ?? (await freePort()),
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(database),
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: 'bench-secret-that-is-long-enough',
      ...env,
      ...(worker && { ROLE: 'worker', LOG_LEVEL: 'info' }),
    },
    readyWhen: worker ? /Corral worker started/ : undefined,
    nodeArgs: process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/emprof'] : [],
  });
  const { child } = api;
  return {
    url: api.url,
    databaseUrl: databaseUrl(database),
    output: () => api.output,
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
      return harness.stopProcess(child);
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
