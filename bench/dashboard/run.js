#!/usr/bin/env node
/**
 * Dashboard latency at a million contacts, 100,000 deals and a million email logs.
 *
 *   npx nx run api:build && node bench/dashboard/run.js [requests=200]
 *   (BENCH_KEEP_DB=1 keeps the database and prints its name; BENCH_REUSE_DB=<name> measures again
 *   on a kept one without generating, which takes minutes on a busy 2-core machine.)
 *
 * Starts the built API (ROLE=api) on a throwaway database (migrations create the real schema and
 * indexes), fills it with generate.sql (indexes of the big tables dropped during the load and
 * rebuilt from their own definitions, as a bulk load would), then times GET /api/dashboard (the
 * default range, this month) for an admin and for a member owning 1/20 of the data, each request
 * alternating with a raw baseline: the same figures' bare SQL sent straight through pg, in
 * parallel on a pool as the API does. Prints p50/p95 of both. Target: p95 ≤ 300 ms.
 */
const { readFileSync } = require('fs');
const { resolve } = require('path');
const { Client, Pool } = require('pg');
const { databaseUrl, dropDatabase, clearRedisPrefix, startApi } = require('../support/bench-api');
const { registerAdmin, machine, percentile } = require('../support/contacts-bench');

const REQUESTS = Number(process.argv[2] ?? 200);
const MEMBERS = 20;
const PASSWORD = 'bench-password-1';
const BIG_TABLES = ['contact', 'deal', 'deal_stage_history', 'email_log', 'workflow_execution', 'workflow_step_execution'];

async function call(url, path, { token, body } = {}) {
  const res = await fetch(url + path, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path} → ${res.status} ${text}`);
  return JSON.parse(text);
}

async function generate(url, dbUrl) {
  const admin = await registerAdmin(url);
  for (let i = 0; i < MEMBERS; i++) {
    await call(url, '/api/users', { token: admin.accessToken, body: { email: `member${i}@example.com`, password: PASSWORD, name: `Member ${i}`, role: 'member' } });
  }
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    // Every index of the big tables except those backing a constraint (primary keys, unique constraints).
    const { rows: indexes } = await client.query(
      `SELECT i.relname AS indexname, pg_get_indexdef(i.oid) AS indexdef
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`,
      [BIG_TABLES],
    );
    for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
    await client.query(readFileSync(resolve(__dirname, 'generate.sql'), 'utf8'));
    for (const { indexdef } of indexes) await client.query(indexdef);
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/** The dashboard's figures as bare SQL, written here apart from the API's code. */
function baselineQueries(ownerId, start, end, from, to) {
  const own = (col) => (ownerId ? `AND ${col} = '${ownerId}'` : '');
  const ownJoin = (alias) => (ownerId ? `JOIN contact oc ON oc.id = ${alias}.contact_id AND oc.assigned_to_id = '${ownerId}'` : '');
  return [
    `SELECT status, count(*) FROM contact WHERE true ${own('assigned_to_id')} GROUP BY status`,
    ownerId ? `SELECT count(DISTINCT company_id) FROM contact WHERE assigned_to_id = '${ownerId}'` : `SELECT count(*) FROM company`,
    `SELECT count(*) FROM contact WHERE created_at >= '${start}' AND created_at < '${end}' ${own('assigned_to_id')}`,
    `SELECT count(*) FILTER (WHERE status = 'open'), sum(value) FILTER (WHERE status = 'open'),
            avg(value) FILTER (WHERE status = 'won' AND close_date BETWEEN '${from}' AND '${to}'),
            count(*) FILTER (WHERE status = 'won' AND close_date BETWEEN '${from}' AND '${to}'),
            count(*) FILTER (WHERE status = 'lost' AND close_date BETWEEN '${from}' AND '${to}')
       FROM deal WHERE true ${own('assigned_to_id')}`,
    `SELECT l.campaign_id, count(*), count(l.opened_at), count(l.clicked_at)
       FROM email_log l ${ownJoin('l')} WHERE l.sent_at >= '${start}' AND l.sent_at < '${end}' GROUP BY l.campaign_id`,
    `SELECT (SELECT count(*) FROM workflow WHERE is_active),
            (SELECT count(*) FROM workflow_execution e ${ownJoin('e')} WHERE e.status = 'completed'),
            (SELECT count(*) FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id ${ownJoin('e')} WHERE s.status = 'failed')`,
    `SELECT s.id, w.name, c.first_name FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id
       JOIN workflow w ON w.id = e.workflow_id JOIN contact c ON c.id = e.contact_id
      WHERE s.executed_at IS NOT NULL ${own('c.assigned_to_id')} ORDER BY s.executed_at DESC LIMIT 10`,
  ];
}

async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * The API call and its baseline REQUESTS times each, alternating after a warm-up, so both see the
 * same machine load (other work on a shared box shifts both, not one) and a warm cache.
 */
async function measurePair(ours, raw) {
  for (let i = 0; i < 10; i++) await Promise.all([ours(), raw()]);
  const oursTimes = [];
  const rawTimes = [];
  for (let i = 0; i < REQUESTS; i++) {
    oursTimes.push(await timed(ours));
    rawTimes.push(await timed(raw));
  }
  return { ours: summarize(oursTimes), raw: summarize(rawTimes) };
}

const ms = (n) => `${n.toFixed(1)} ms`.padStart(10);

async function main() {
  const reuse = process.env.BENCH_REUSE_DB;
  const database = reuse ?? `corral_bench_dashboard_${process.pid}`;
  const queuePrefix = `corral_bench_dashboard_${process.pid}`;
  const dbUrl = databaseUrl(database);
  const port = 36000 + (process.pid % 2000);
  let api;
  let pool;
  try {
    api = await startApi({ database, queuePrefix, port, env: { ROLE: 'api' } });
    if (!reuse) {
      const started = Date.now();
      console.log(`generating into ${database}…`);
      await generate(api.url, dbUrl);
      console.log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    pool = new Pool({ connectionString: dbUrl, max: 10 });
    const { rows } = await pool.query(
      `SELECT (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM deal)::int AS deals,
              (SELECT count(*) FROM email_log)::int AS "emailLogs", (SELECT count(*) FROM workflow_execution)::int AS "workflowRuns"`,
    );
    // Logged in after generating: access tokens are short-lived.
    const admin = await call(api.url, '/api/auth/login', { body: { email: 'bench@example.com', password: PASSWORD } });
    const member = await call(api.url, '/api/auth/login', { body: { email: 'member0@example.com', password: PASSWORD } });

    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();
    const [from, to] = [start.slice(0, 10), now.toISOString().slice(0, 10)];
    const loadBefore = machine().load;
    const results = [];
    for (const [who, session, ownerId] of [
      ['admin', admin, undefined],
      ['member', member, member.user.id],
    ]) {
      const { ours, raw } = await measurePair(
        () => call(api.url, '/api/dashboard', { token: session.accessToken }),
        () => Promise.all(baselineQueries(ownerId, start, end, from, to).map((sql) => pool.query(sql))),
      );
      results.push({ who, ours, raw });
    }

    console.log(`\nGET /api/dashboard, default range (this month); ${REQUESTS} sequential requests per user after 10 warm-up, alternating with the bare SQL`);
    console.log(`data: ${JSON.stringify(rows[0])}`);
    console.log(`machine: ${JSON.stringify({ ...machine(), load: `${loadBefore} before, ${machine().load} after` })}`);
    console.log('who     |    API p50 |    API p95 |    SQL p50 |    SQL p95 | API/SQL p95');
    for (const { who, ours, raw } of results) {
      console.log(`${who.padEnd(7)} | ${ms(ours.p50)} | ${ms(ours.p95)} | ${ms(raw.p50)} | ${ms(raw.p95)} | ${(ours.p95 / raw.p95).toFixed(2)}×`);
    }
    const worst = Math.max(...results.map((r) => r.ours.p95));
    console.log(`target p95 ≤ 300 ms: ${worst <= 300 ? 'met' : 'MISSED'} (worst ${worst.toFixed(1)} ms)`);
  } finally {
    await pool?.end();
    await api?.stop();
    await clearRedisPrefix(queuePrefix);
    if (process.env.BENCH_KEEP_DB || reuse) console.log(`kept database ${database}`);
    else await dropDatabase(database);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
