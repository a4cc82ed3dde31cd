#!/usr/bin/env node
/**
 * Segment count and campaign expansion at a million contacts and five million email logs.
 *
 *   npx nx run api:build && node bench/segments/run.js [contacts=1000000] [logs=5000000] [requests=50]
 *   (BENCH_KEEP_DB=1 keeps the database; drop it yourself afterwards.)
 *
 * Starts the built API (ROLE=all, SEND_RATE=1 so sending does not compete with what is timed) on a
 * throwaway database, loads contacts, campaigns' email logs (sent over the last 90 days, a quarter
 * opened, a twentieth clicked) and deals with INSERT … SELECT over generate_series, then:
 *  - count: `GET /api/segments/:id/count` of a segment with three field conditions, "opened in the
 *    last 30 days" and "has an open deal", p50/p95 of the HTTP round trip, beside the same count as
 *    hand-written SQL through pg in the same run (target p95 ≤ 500 ms, ratio ≤ 1.5);
 *  - expansion: a campaign aimed at a segment of every contact, from `POST /send` until its audience
 *    is frozen (email logs for the audience, skip rows for archived contacts), beside a bare
 *    `INSERT … SELECT` of the same email logs into another campaign (target ≤ 60 s).
 */
const { Client } = require('pg');
const { databaseUrl, dropDatabase, clearRedisPrefix, startApi } = require('../support/bench-api');
const { registerAdmin, machine, percentile } = require('../support/contacts-bench');
const { api: call, startCountingSink } = require('../support/email-bench');

const CONTACTS = Number(process.argv[2] ?? 1_000_000);
const LOGS = Number(process.argv[3] ?? 5_000_000);
const REQUESTS = Number(process.argv[4] ?? 50);
const CAMPAIGNS = 10;
const TAGS = ['newsletter', 'vip', 'webinar', 'trade-show', 'partner', 'trial'];

const seconds = (ms) => (ms / 1000).toFixed(1);

async function load(client, templateId, userId) {
  await client.query(`SET maintenance_work_mem = '512MB'`);
  const indexes = (
    await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE tablename IN ('contact', 'email_log', 'deal') AND indexname NOT LIKE '%pkey'`)
  ).rows;
  for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
  await client.query('SELECT setseed(0.42)');
  await client.query(
    `INSERT INTO contact (first_name, last_name, email, status, tags, created_at, updated_at)
     SELECT 'First' || g, 'Last' || g, 'contact' || g || '@bench.example',
            CASE WHEN r1 < 0.4 THEN 'lead' WHEN r1 < 0.6 THEN 'prospect' WHEN r1 < 0.85 THEN 'customer' ELSE 'archived' END,
            ARRAY(SELECT t FROM unnest($1::text[]) AS t WHERE random() < 0.2 AND g > 0),
            now() - r2 * interval '730 days', now()
     FROM (SELECT g, random() AS r1, random() AS r2 FROM generate_series(1, $2::int) g) x`,
    [TAGS, CONTACTS],
  );
  const campaigns = [];
  for (let i = 0; i < CAMPAIGNS; i++) {
    const { rows } = await client.query(
      `INSERT INTO campaign (name, template_id, status, started_at, completed_at, audience_expanded_at, created_by_id)
       VALUES ($1, $2, 'sent', now() - $3 * interval '1 day', now() - $3 * interval '1 day', now(), $4) RETURNING id`,
      [`Past ${i}`, templateId, 90 - i * 9, userId],
    );
    campaigns.push(rows[0].id);
  }
  // Each campaign reached a random half of the contacts (LOGS / CAMPAIGNS of them).
  const perCampaign = Math.floor(LOGS / CAMPAIGNS);
  for (let i = 0; i < CAMPAIGNS; i++) {
    await client.query(
      `INSERT INTO email_log (campaign_id, contact_id, template_id, to_email, status, sent_at, opened_at, clicked_at, open_count, click_count, created_at)
       SELECT $1, c.id, $2, c.email, 'sent', s.at,
              CASE WHEN r < 0.25 THEN s.at + interval '2 hours' END, CASE WHEN r < 0.05 THEN s.at + interval '3 hours' END,
              (r < 0.25)::int, (r < 0.05)::int, s.at
       FROM (SELECT id, email, random() AS r FROM contact ORDER BY random() LIMIT $3) c,
            LATERAL (SELECT now() - $4 * interval '1 day' AS at) s`,
      [campaigns[i], templateId, perCampaign, 90 - i * 9],
    );
  }
  const { rows: stages } = await client.query(`SELECT s.pipeline_id, s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id AND p.is_default WHERE s.outcome IS NULL ORDER BY s.sort_order LIMIT 1`);
  await client.query(
    `INSERT INTO deal (title, value, contact_id, pipeline_id, stage_id, status)
     SELECT 'Deal ' || c.id, 1000, c.id, $1, $2, CASE WHEN random() < 0.6 THEN 'open' ELSE 'lost' END
     FROM (SELECT id FROM contact ORDER BY random() LIMIT $3) c`,
    [stages[0].pipeline_id, stages[0].id, Math.floor(CONTACTS / 5)],
  );
  for (const { indexdef } of indexes) await client.query(indexdef);
  for (const table of ['contact', 'email_log', 'deal']) await client.query(`VACUUM ANALYZE ${table}`);
}

async function timed(fn, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

const BARE_COUNT = `
  SELECT count(*)::int AS count FROM contact c
  WHERE c.status = ANY('{lead,customer}'::text[]) AND c.tags @> '{newsletter}'::text[] AND c.created_at >= now() - interval '365 days'
    AND EXISTS (SELECT 1 FROM email_log l WHERE l.contact_id = c.id AND l.opened_at >= now() - interval '30 days')
    AND EXISTS (SELECT 1 FROM deal d WHERE d.contact_id = c.id AND d.status = 'open')`;

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_segments_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const sink = await startCountingSink();
  const server = await startApi({ database, queuePrefix, env: { SMTP_URL: sink.url, SEND_RATE: '1' } });
  const client = new Client({ connectionString: databaseUrl(database) });
  try {
    const admin = await registerAdmin(server.url);
    const token = admin.accessToken;
    await call(server.url, 'PATCH', '/api/settings/email', token, { fromEmail: 'news@bench.example', fromName: 'Bench', postalAddress: '1 Bench Road' });
    const template = await call(server.url, 'POST', '/api/templates', token, { name: 'Bench', subject: 'Hi {{first_name}}', htmlBody: '<p>Hi {{first_name}}</p>' });
    await client.connect();
    console.log(`Loading ${CONTACTS.toLocaleString('en')} contacts, ${LOGS.toLocaleString('en')} email logs, ${(CONTACTS / 5).toLocaleString('en')} deals…`);
    const loadStarted = performance.now();
    await load(client, template.id, admin.user.id);
    console.log(`loaded and indexed in ${seconds(performance.now() - loadStarted)} s`);

    const segment = await call(server.url, 'POST', '/api/segments', token, {
      name: 'Engaged customers with an open deal',
      definition: {
        match: 'all',
        conditions: [
          { field: 'status', op: 'in', value: ['lead', 'customer'] },
          { field: 'tags', op: 'contains', value: 'newsletter' },
          { field: 'createdAt', op: 'within_last_days', value: 365 },
          { type: 'email', op: 'opened', withinDays: 30 },
          { type: 'deal', op: 'has', status: 'open' },
        ],
      },
    });
    const ours = () => call(server.url, 'GET', `/api/segments/${segment.id}/count`, token);
    const bare = () => client.query(BARE_COUNT);
    const [{ count }, { rows }] = await Promise.all([ours(), bare()]);
    if (count !== rows[0].count) throw new Error(`counts differ: API ${count}, bare SQL ${rows[0].count}`);
    await timed(ours, 5);
    await timed(bare, 5);
    const api = await timed(ours, REQUESTS);
    const sql = await timed(bare, REQUESTS);
    console.log('');
    console.log(`Segment count (${count.toLocaleString('en')} matches), ${REQUESTS} sequential requests after 5 warm-up`);
    console.log('| | p50 ms | p95 ms | max ms |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(`| GET /api/segments/:id/count | ${percentile(api, 50).toFixed(1)} | ${percentile(api, 95).toFixed(1)} | ${api[api.length - 1].toFixed(1)} |`);
    console.log(`| bare SQL through pg | ${percentile(sql, 50).toFixed(1)} | ${percentile(sql, 95).toFixed(1)} | ${sql[sql.length - 1].toFixed(1)} |`);
    console.log(`p95 ratio ${(percentile(api, 95) / percentile(sql, 95)).toFixed(2)}`);

    const everyone = await call(server.url, 'POST', '/api/segments', token, { name: 'Everyone', definition: { match: 'all', conditions: [] } });
    const campaign = await call(server.url, 'POST', '/api/campaigns', token, { name: 'Everyone', templateId: template.id, segmentIds: [everyone.id] });
    const started = performance.now();
    await call(server.url, 'POST', `/api/campaigns/${campaign.id}/send`, token);
    for (;;) {
      const { rows: state } = await client.query('SELECT audience_expanded_at IS NOT NULL AS done FROM campaign WHERE id = $1', [campaign.id]);
      if (state[0].done) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const expansionMs = performance.now() - started;
    const { rows: frozen } = await client.query(
      `SELECT (SELECT count(*) FROM email_log WHERE campaign_id = $1)::int AS logs, (SELECT count(*) FROM campaign_skip WHERE campaign_id = $1)::int AS skips`,
      [campaign.id],
    );
    await call(server.url, 'POST', `/api/campaigns/${campaign.id}/cancel`, token);
    const baseline = await call(server.url, 'POST', '/api/campaigns', token, { name: 'Baseline', templateId: template.id });
    const bareStarted = performance.now();
    const inserted = await client.query(
      `INSERT INTO email_log (campaign_id, contact_id, template_id, to_email)
       SELECT $1, c.id, $2, c.email FROM contact c
       WHERE c.status <> 'archived' AND NOT EXISTS (SELECT 1 FROM suppression s WHERE lower(s.email) = lower(c.email))`,
      [baseline.id, template.id],
    );
    const bareMs = performance.now() - bareStarted;
    console.log('');
    console.log(`Expansion of a ${CONTACTS.toLocaleString('en')}-contact segment`);
    console.log(`| | time s | email logs | skip rows |`);
    console.log('| --- | ---: | ---: | ---: |');
    console.log(`| POST /send → audience frozen | ${seconds(expansionMs)} | ${frozen[0].logs.toLocaleString('en')} | ${frozen[0].skips.toLocaleString('en')} |`);
    console.log(`| bare INSERT … SELECT | ${seconds(bareMs)} | ${inserted.rowCount.toLocaleString('en')} | – |`);
    const m = machine();
    console.log('');
    console.log(`machine: ${m.cpus}, ${m.ramGb} GB RAM, Node ${m.node}, PostgreSQL ${m.postgres}, load average ${m.load} at the end`);
  } finally {
    await client.end().catch(() => undefined);
    await server.stop();
    await sink.stop();
    if (process.env.BENCH_KEEP_DB) console.log(`kept database ${database}`);
    else await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
