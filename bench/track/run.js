#!/usr/bin/env node
/**
 * Open-pixel and click-redirect throughput of the real app vs a bare Node HTTP server answering
 * the same GIF (and the same 302), with the same autocannon connections and duration.
 *
 *   npx nx run api:build && node bench/track/run.js [seconds=10] [connections=50]
 *
 * Starts the built API (ROLE=api, TRACK_RATE_LIMIT=0) on a throwaway database holding 2,000 sent
 * emails of one campaign, signs genuine open and click tokens for them, and spreads requests over
 * all of them (every hit verifies the HMAC and updates its email log). Prints requests/s and
 * latency for both, and the ratio. Drops the database at the end.
 *
 * BENCH_TRACK_RATE_LIMIT=100000000 times the per-client counting too (every hit counted in Redis,
 * none refused); BENCH_TRACK_CLIENTS=N spreads the hits over N client addresses (X-Forwarded-For,
 * which the API takes from loopback), as real readers are, instead of one.
 */
const autocannon = require('autocannon');
const { randomBytes } = require('crypto');
const { createServer } = require('http');
const { resolve } = require('path');
const { ROOT, clearRedisPrefix, dropDatabase, redisCpuMs, startApi, withClient } = require('../support/bench-api');
const { machine } = require('../support/email-bench');

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 50);
const EMAILS = 2000;
const RATE_LIMIT = process.env.BENCH_TRACK_RATE_LIMIT ?? '0';
const CLIENTS = Number(process.env.BENCH_TRACK_CLIENTS ?? 1);
const clientAddress = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const TARGET = 'https://corral.example/pricing';

function fire(url, paths) {
  let next = 0;
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              const i = next++;
              const headers = CLIENTS > 1 ? { ...req.headers, 'x-forwarded-for': clientAddress(i % CLIENTS) } : req.headers;
              return { ...req, path: paths[i % paths.length], headers };
            },
          },
        ],
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

function bareServer() {
  const server = createServer((req, res) => {
    if (req.url.startsWith('/track/open/')) {
      res.writeHead(200, { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0', 'Content-Length': PIXEL.length });
      res.end(PIXEL);
    } else {
      res.writeHead(302, { Location: TARGET, 'Cache-Control': 'no-store' });
      res.end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * `fire` against the app, with the CPU each request cost the API process and the Redis server
 * (when readable): unlike the rates, these hardly depend on what else the machine is doing.
 * Hits are recorded after the answer, so the CPU is read once the last batches are written.
 */
async function fireApp(server, paths) {
  const [api, redis] = [server.cpuMs(), await redisCpuMs()];
  const result = await fire(server.url, paths);
  await new Promise((r) => setTimeout(r, 500));
  const [apiAfter, redisAfter] = [server.cpuMs(), await redisCpuMs()];
  result.apiCpuUs = ((apiAfter - api) * 1000) / result.requests.total;
  if (redis !== undefined && redisAfter !== undefined) result.redisCpuUs = ((redisAfter - redis) * 1000) / result.requests.total;
  return result;
}

function line(name, result) {
  const errors = result.errors + result.timeouts + result.non2xx - (result['3xx'] ?? 0);
  const cpu = result.apiCpuUs === undefined ? '' : `   CPU/request: API ${result.apiCpuUs.toFixed(0)} µs${result.redisCpuUs === undefined ? '' : `, Redis ${result.redisCpuUs.toFixed(0)} µs`}`;
  return `${name.padEnd(22)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms${cpu}${errors > 0 ? `   errors ${errors}` : ''}`;
}

async function main() {
  const { TrackingTokens } = require(resolve(ROOT, 'dist/apps/api/modules/emails/tracking/tracking-tokens.js'));
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_track_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const server = await startApi({ database, queuePrefix, env: { ROLE: 'api', TRACK_RATE_LIMIT: RATE_LIMIT } });
  const bare = await bareServer();
  try {
    const secret = randomBytes(32).toString('base64url');
    const { logIds, linkId } = await withClient(server.databaseUrl, async (db) => {
      // The secret the API will load on its first tracking request, so the bench can sign tokens.
      await db.query(`INSERT INTO app_setting (key, value) VALUES ('email_tracking_secret', $1)`, [JSON.stringify(secret)]);
      const { rows: [campaign] } = await db.query(`INSERT INTO campaign (name, status) VALUES ('Bench', 'sent') RETURNING id`);
      await db.query(`INSERT INTO contact (email) SELECT 't' || i || '@example.com' FROM generate_series(1, $1) AS i`, [EMAILS]);
      const { rows } = await db.query(
        `INSERT INTO email_log (campaign_id, contact_id, to_email, status, sent_at) SELECT $1, id, email, 'sent', now() FROM contact RETURNING id`,
        [campaign.id],
      );
      const { rows: [link] } = await db.query(
        `INSERT INTO campaign_link (campaign_id, url, url_hash) VALUES ($1, $2, encode(sha256(convert_to($2, 'UTF8')), 'hex')) RETURNING id`,
        [campaign.id, TARGET],
      );
      return { logIds: rows.map((r) => r.id), linkId: link.id };
    });
    const tokens = new TrackingTokens(Buffer.from(secret, 'base64url'));
    const opens = logIds.map((emailLogId) => `/track/open/${tokens.sign('open', { emailLogId })}`);
    const clicks = logIds.map((emailLogId) => `/track/click/${tokens.sign('click', { emailLogId, linkId })}`);
    const check = await fetch(`${server.url}${clicks[0]}`, { redirect: 'manual' });
    if (check.status !== 302 || check.headers.get('location') !== TARGET) throw new Error(`click check: ${check.status}`);
    const bareUrl = `http://127.0.0.1:${bare.address().port}`;

    const results = {
      openApp: await fireApp(server, opens),
      openBare: await fire(bareUrl, opens),
      clickApp: await fireApp(server, clicks),
      clickBare: await fire(bareUrl, clicks),
    };
    const counted = await withClient(server.databaseUrl, (db) => db.query('SELECT sum(open_count)::int AS opens, sum(click_count)::int AS clicks FROM email_log'));
    console.log(JSON.stringify({ machine: machine(), seconds: SECONDS, connections: CONNECTIONS, emails: EMAILS, trackRateLimit: RATE_LIMIT, clients: CLIENTS }, null, 1));
    console.log(line('open pixel (app)', results.openApp));
    console.log(line('open pixel (bare)', results.openBare));
    console.log(`  ratio ${(results.openApp.requests.average / results.openBare.requests.average).toFixed(2)} of the bare server`);
    console.log(line('click 302 (app)', results.clickApp));
    console.log(line('click 302 (bare)', results.clickBare));
    console.log(`  ratio ${(results.clickApp.requests.average / results.clickBare.requests.average).toFixed(2)} of the bare server`);
    console.log(`recorded: ${counted.rows[0].opens} opens, ${counted.rows[0].clicks} clicks (every app request counted)`);
  } finally {
    bare.close();
    await server.stop();
    await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
