#!/usr/bin/env node
/**
 * Webhook fan-out and delivery: throughput and commit→delivery delay, then an outage.
 *
 *   npx nx run api:build && node bench/webhooks/run.js [changes=10000] [--outage-seconds=60] [--outage-changes=2000]
 *
 * Starts the built API (ROLE=api) and a worker (ROLE=worker, WEBHOOK_ALLOW_PRIVATE=true) on a
 * throwaway database, a loopback receiver and 3 endpoints subscribed to `contact.updated`.
 * Scenario 1: `changes` contacts (loaded with SQL) are each changed once with a real
 * `PATCH /api/contacts/:id` (16 at a time), so each change fans out to 3 deliveries; prints
 * deliveries/s and the delay from the event's timestamp (its transaction's start, PostgreSQL's
 * clock on this host) to its arrival, beside a bare keep-alive HTTP POST loop to the same receiver
 * with the worker's concurrency (3 endpoints × WEBHOOK_CONCURRENCY). Scenario 2: the receiver
 * answers 500 for `--outage-seconds`, during which `--outage-changes` changes are made; then it
 * recovers: every (event, endpoint) pair must be answered 2xx (nothing lost), and the time from
 * recovery to the last first-success is the drain time (retries follow the default backoff: full
 * jitter, base 5 s, doubling). Drops the database at the end.
 */
const { createServer, Agent, request } = require('http');
const { randomBytes } = require('crypto');
const { clearRedisPrefix, dropDatabase, startApi, withClient } = require('../support/bench-api');
const { machine, percentile, registerAdmin } = require('../support/contacts-bench');

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHANGES = Number(args.find((a) => !a.startsWith('--')) ?? 10_000);
const OUTAGE_SECONDS = option('outage-seconds', 60);
const OUTAGE_CHANGES = option('outage-changes', 2000);
const ENDPOINTS = ['/a', '/b', '/c'];
const CLIENTS = 16;
const CONCURRENCY = 8;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Counts first 2xx answers per (endpoint, webhook-id); `failing` answers 500 instead. */
function startReceiver() {
  const state = { failing: false, successes: new Map(), duplicates: 0, refused: 0, arrivals: [], lastSuccessAt: 0 };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (state.failing) {
        state.refused++;
        res.writeHead(500).end('down');
        return;
      }
      const key = `${req.url}|${req.headers['webhook-id']}`;
      if (state.successes.has(key)) state.duplicates++;
      else if (req.headers['webhook-id']) {
        const now = Date.now();
        state.successes.set(key, now);
        state.lastSuccessAt = now;
        const { timestamp, data } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        state.arrivals.push({ contactId: data.id, at: now, eventAt: Date.parse(timestamp) });
      }
      res.writeHead(200).end('ok');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, url: `http://127.0.0.1:${server.address().port}` })));
}

async function call(url, method, path, token, body) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** When each PATCH was answered, by contact id: the commit happened before. */
const answeredAt = new Map();

/** PATCHes each contact once, CLIENTS at a time; returns the wall time. */
async function change(api, token, ids, label) {
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < ids.length) {
        const i = next++;
        await call(api.url, 'PATCH', `/api/contacts/${ids[i]}`, token, { firstName: `${label}${i}` });
        answeredAt.set(ids[i], Date.now());
      }
    }),
  );
  return Date.now() - started;
}

/**
 * The commit of a change lies between its transaction's start (the event's `timestamp`) and the
 * PATCH's answer, so commit→delivery lies between arrival − answer (a delivery can even beat the
 * answer: negative) and arrival − timestamp. Both are printed.
 */
function delayBounds(arrivals) {
  const fromAnswer = arrivals.map((a) => a.at - answeredAt.get(a.contactId)).sort((x, y) => x - y);
  const fromTimestamp = arrivals.map((a) => a.at - a.eventAt).sort((x, y) => x - y);
  const figures = (sorted) => ({ p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] });
  return { afterAnswerMs: figures(fromAnswer), afterTransactionStartMs: figures(fromTimestamp) };
}

async function waitForSuccesses(state, expected, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (state.successes.size < expected) {
    if (Date.now() > deadline) throw new Error(`${state.successes.size} of ${expected} deliveries after ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

/** The same number of POSTs, with the same in-flight count, straight at the receiver. */
async function barePostLoop(url, total, inFlight) {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const body = JSON.stringify({ type: 'contact.updated', timestamp: new Date().toISOString(), data: { id: randomBytes(16).toString('hex'), firstName: 'Bare' } });
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        const i = next++;
        await new Promise((resolve, reject) => {
          const req = request(`${url}${ENDPOINTS[i % ENDPOINTS.length]}`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'webhook-id': `bare-${i}` } }, (res) => {
            res.resume();
            res.on('end', resolve);
          });
          req.on('error', reject);
          req.end(body);
        });
      }
    }),
  );
  agent.destroy();
  return Date.now() - started;
}

async function main() {
  const suffix = randomBytes(4).toString('hex');
  const database = `corral_bench_webhooks_${suffix}`;
  const queuePrefix = `corral_bench_webhooks_${suffix}`;
  const receiver = await startReceiver();
  // A long run outlives the default 15-minute access token.
  const env = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_CONCURRENCY: String(CONCURRENCY), ACCESS_TOKEN_TTL_SECONDS: '86400' };
  const processes = [];
  try {
    const api = await startApi({ database, queuePrefix, env: { ...env, ROLE: 'api', LOG_LEVEL: 'warn' } });
    processes.push(api);
    const worker = await startApi({ database, queuePrefix, env, worker: true });
    processes.push(worker);
    const { accessToken: token } = await registerAdmin(api.url);
    const total = CHANGES + OUTAGE_CHANGES;
    const ids = await withClient(api.databaseUrl, async (db) => {
      const { rows } = await db.query(
        `INSERT INTO contact (email, first_name) SELECT 'bench-' || n || '@example.com', 'Bench' FROM generate_series(1, $1) AS n RETURNING id`,
        [total],
      );
      return rows.map((r) => r.id);
    });
    for (const path of ENDPOINTS) {
      await call(api.url, 'POST', '/api/webhook-endpoints', token, { url: `${receiver.url}${path}`, events: ['contact.updated'] });
    }

    // Scenario 1: steady fan-out.
    const { state } = receiver;
    const started = Date.now();
    const patchMs = await change(api, token, ids.slice(0, CHANGES), 'Steady');
    const expected = CHANGES * ENDPOINTS.length;
    await waitForSuccesses(state, expected, 600_000);
    const deliveryMs = state.lastSuccessAt - started;
    const lastDeliveryAfterLastChangeMs = state.lastSuccessAt - (started + patchMs);
    const delay = delayBounds(state.arrivals);
    // The bare loop's POSTs reach the same receiver: they must not count as deliveries above.
    const bareMs = await barePostLoop(receiver.url, expected, ENDPOINTS.length * CONCURRENCY);
    const steady = {
      changes: CHANGES,
      deliveries: expected,
      changesPerSecond: Math.round((CHANGES * 1000) / patchMs),
      deliveredPerSecond: Math.round((expected * 1000) / deliveryMs),
      lastDeliveryAfterLastChangeMs,
      delay,
      duplicates: state.duplicates,
      barePostsPerSecond: Math.round((expected * 1000) / bareMs),
    };
    console.log(JSON.stringify({ scenario: 'steady', ...steady }));

    // Scenario 2: the receiver fails for OUTAGE_SECONDS, then recovers.
    state.successes.clear();
    state.arrivals.length = 0;
    state.duplicates = 0;
    state.failing = true;
    const outageStarted = Date.now();
    await change(api, token, ids.slice(CHANGES), 'Outage');
    await sleep(Math.max(0, OUTAGE_SECONDS * 1000 - (Date.now() - outageStarted)));
    state.failing = false;
    const recoveredAt = Date.now();
    const outageExpected = OUTAGE_CHANGES * ENDPOINTS.length;
    await waitForSuccesses(state, outageExpected, 3_600_000);
    const pending = await withClient(api.databaseUrl, async (db) =>
      (await db.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE status <> 'succeeded'`)).rows[0].n,
    );
    console.log(
      JSON.stringify({
        scenario: 'outage',
        outageSeconds: OUTAGE_SECONDS,
        changes: OUTAGE_CHANGES,
        deliveries: outageExpected,
        refusedAttempts: state.refused,
        delivered: state.successes.size,
        lost: outageExpected - state.successes.size,
        notSucceededRows: pending,
        drainSecondsAfterRecovery: Math.round((state.lastSuccessAt - recoveredAt) / 100) / 10,
        duplicates: state.duplicates,
      }),
    );
    console.log(JSON.stringify({ machine: machine() }));
  } finally {
    for (const p of processes.reverse()) await p.stop();
    receiver.server.close();
    await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
