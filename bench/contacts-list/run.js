#!/usr/bin/env node
/**
 * Contact list latency at a million contacts.
 *
 *   npx nx run api:build && node bench/contacts-list/run.js [contacts=1000000] [requests=200]
 *   (BENCH_KEEP_DB=1 keeps the database for EXPLAIN sessions and for BENCH_REUSE_DB=<name>, which
 *   times again without reloading; drop it yourself afterwards.)
 *
 * Starts the built API (ROLE=all) on a throwaway database (migrations create the real schema and
 * indexes), loads the contacts with one INSERT … SELECT over generate_series (indexes dropped
 * during the load and rebuilt from their own definitions, as a bulk load would), then times
 * sequential requests: search by name/email prefix, first pages filtered and sorted, the same at a
 * deep offset, and a member's view. Prints p50/p95 per scenario (wall time of the HTTP request:
 * auth, validation, the page and count queries, JSON). Target: p95 ≤ 50 ms for search and first pages.
 */
const { Client } = require('pg');
const { databaseUrl, dropDatabase, clearRedisPrefix, startApi } = require('../support/bench-api');
const { registerAdmin, machine, percentile } = require('../support/contacts-bench');

const CONTACTS = Number(process.argv[2] ?? 1_000_000);
const REQUESTS = Number(process.argv[3] ?? 200);

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Sophia', 'Elijah', 'Charlotte', 'James', 'Mia', 'Lucas', 'Harper', 'Mateo', 'Evelyn', 'Benjamin', 'Aisha', 'Hiroshi', 'Priya', 'Carlos', 'Fatima', 'Mohammed', 'Ingrid', 'Sven', 'Chloe', 'Lukas', 'Zoe', 'Rahul', 'Mei', 'Diego', 'Grace', 'Tomas', 'Nadia', 'Kwame', 'Yuki', 'Elena', 'Omar', 'Hannah', 'Jonas', 'Leila', 'Marco', 'Anika', 'Samuel', 'Isabel', 'Daniel', 'Ruth', 'Felix', 'Amara', 'Mary', 'John', 'Martin', 'Maria', 'Robert', 'Patricia', 'Michael', 'Linda', 'David', 'Susan', 'William', 'Karen'];
const LAST = ['Smith', 'Johnson', 'Garcia', 'Muller', 'Rossi', 'Nguyen', 'Kowalski', 'Tanaka', 'Okafor', 'Patel', 'Silva', 'Andersson', 'Dubois', 'Kim', 'Hernandez', 'OBrien', 'Schmidt', 'Novak', 'Haddad', 'Jensen', 'Costa', 'Ivanova', 'Moreau', 'Fischer', 'Yilmaz', 'Cohen', 'Mensah', 'Lindqvist', 'Sato', 'Bianchi', 'Walker', 'Chen', 'Singh', 'Eriksen', 'Fernandez', 'Murphy', 'Weber', 'Adeyemi', 'Larsen', 'Dimitrov', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Young', 'Allen', 'King', 'Wright', 'Scott'];
const TAGS = ['newsletter', 'vip', 'webinar', 'trade-show', 'partner', 'trial', 'enterprise', 'referral', 'churn-risk', 'decision-maker'];
/** What a user types in the quick search: the first letters of a name or an address. */
const PREFIXES = ['mar', 'joh', 'smi', 'oli', 'gar', 'kow', 'pat', 'chen', 'wil', 'ann', 'dav', 'lee', 'tan', 'ros', 'emma', 'mur', 'har', 'sin'];

async function load(client, users) {
  await client.query(`SET maintenance_work_mem = '512MB'`);
  const { rows: indexes } = await client.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'contact' AND indexname NOT LIKE '%pkey'`,
  );
  for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
  await client.query(`INSERT INTO company (name, domain, industry)
    SELECT 'Company ' || g, 'company' || g || '.example', (ARRAY['Software','Retail','Healthcare','Finance','Logistics'])[1 + g % 5]
    FROM generate_series(1, 5000) g`);
  // Independent pseudo-random columns (fixed seed): status, tags, company and owner must not be
  // correlated, or filter combinations would match nothing and the latencies would describe the
  // generator rather than the queries.
  await client.query('SELECT setseed(0.42)');
  await client.query(
    `WITH companies AS (SELECT array_agg(id ORDER BY name) AS ids FROM company),
          users AS (SELECT $1::uuid[] AS ids)
     INSERT INTO contact (first_name, last_name, email, phone, company_id, status, tags, assigned_to_id, created_at, updated_at)
     SELECT v.f, v.l, lower(v.f || '.' || v.l || '.' || x.g || '@' || (ARRAY['gmail.example','outlook.example','proton.example','corp.example'])[1 + floor(x.r4 * 4)::int]),
            '+1 555 ' || lpad((x.g % 10000)::text, 4, '0'),
            CASE WHEN x.r5 < 0.15 THEN NULL ELSE companies.ids[1 + floor(x.r6 * 5000)::int] END,
            CASE WHEN x.r3 < 0.4 THEN 'lead' WHEN x.r3 < 0.6 THEN 'prospect' WHEN x.r3 < 0.85 THEN 'customer' ELSE 'archived' END,
            ARRAY(SELECT t FROM unnest($2::text[]) AS t WHERE random() < 0.15 AND x.g > 0),
            users.ids[1 + floor(x.r7 * array_length(users.ids, 1))::int],
            v.ts, v.ts
     FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8
           FROM generate_series(1, $5::int) g) x,
          companies, users,
          LATERAL (SELECT ($3::text[])[1 + floor(x.r1 * array_length($3::text[], 1))::int] AS f,
                          ($4::text[])[1 + floor(x.r2 * array_length($4::text[], 1))::int] AS l,
                          now() - x.r8 * interval '730 days' AS ts) v`,
    [users, TAGS, FIRST, LAST, CONTACTS],
  );
  for (const { indexdef } of indexes) await client.query(indexdef);
  await client.query('VACUUM ANALYZE contact');
  await client.query('VACUUM ANALYZE company');
}

async function time(url, auth, paths, count = REQUESTS) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const path = paths[i % paths.length];
    const started = performance.now();
    const res = await fetch(`${url}${path}`, { headers: auth });
    const body = await res.json();
    samples.push(performance.now() - started);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  }
  return samples.sort((a, b) => a - b);
}

function login(url, email) {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password-1' }),
  }).then((r) => r.json());
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  // BENCH_REUSE_DB=<name>: time again against a database an earlier BENCH_KEEP_DB run loaded.
  const reuse = process.env.BENCH_REUSE_DB;
  const database = reuse ?? `corral_bench_list_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const api = await startApi({ database, queuePrefix, port: 3990 + (process.pid % 9) });
  const client = new Client({ connectionString: databaseUrl(database) });
  try {
    const admin = reuse ? await login(api.url, 'bench@example.com') : await registerAdmin(api.url);
    const auth = { authorization: `Bearer ${admin.accessToken}` };
    if (!reuse) {
      await fetch(`${api.url}/api/users`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'member@example.com', name: 'Bench Member', role: 'member', password: 'bench-password-1' }),
      });
    }
    const memberLogin = await login(api.url, 'member@example.com');
    const memberAuth = { authorization: `Bearer ${memberLogin.accessToken}` };

    if (!reuse) {
      await client.connect();
      const loadStarted = performance.now();
      console.log(`Loading ${CONTACTS.toLocaleString('en')} contacts…`);
      await load(client, [admin.user.id, memberLogin.user.id, admin.user.id, admin.user.id, admin.user.id]);
      console.log(`loaded and indexed in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
    }

    const deep = Math.floor(CONTACTS * 0.05);
    const scenarios = [
      // The floor: an authenticated request that reads one user, no contact query. On a shared
      // machine it shows how much of each figure below is waiting for a CPU rather than querying.
      { name: 'baseline: GET /api/auth/me', auth, paths: ['/api/auth/me'] },
      { name: 'search prefix (3–4 letters)', auth, paths: PREFIXES.map((p) => `/api/contacts?search=${p}`) },
      { name: 'search full name', auth, paths: ['maria silva', 'john smith', 'mei tanaka', 'omar haddad'].map((p) => `/api/contacts?search=${encodeURIComponent(p)}`) },
      { name: 'search 2 letters', auth, paths: ['ma', 'jo', 'li', 'ch'].map((p) => `/api/contacts?search=${p}`) },
      { name: 'first page, default sort', auth, paths: ['/api/contacts'] },
      { name: 'filtered + sorted, offset 0', auth, paths: ['/api/contacts?status=customer&tag=vip&sort=lastName', '/api/contacts?status=lead,prospect&sort=-createdAt', '/api/contacts?tag=partner&sort=email', '/api/contacts?status=archived&tag=trial&tag=vip&sort=firstName'] },
      { name: `filtered + sorted, offset ${deep.toLocaleString('en')}`, auth, paths: [`/api/contacts?status=lead,prospect&sort=-createdAt&offset=${deep}`, `/api/contacts?tag=partner&sort=email&offset=${Math.floor(deep / 5)}`] },
      { name: 'member: own contacts, search', auth: memberAuth, paths: PREFIXES.map((p) => `/api/contacts?search=${p}`) },
    ];
    console.log('');
    console.log(`${CONTACTS.toLocaleString('en')} contacts, ${REQUESTS} sequential requests per scenario (after 20 warm-up requests)`);
    console.log('');
    console.log('| scenario | p50 ms | p95 ms | max ms |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const scenario of scenarios) {
      await time(api.url, scenario.auth, scenario.paths, 20);
      const samples = await time(api.url, scenario.auth, scenario.paths);
      console.log(`| ${scenario.name} | ${percentile(samples, 50).toFixed(1)} | ${percentile(samples, 95).toFixed(1)} | ${samples[samples.length - 1].toFixed(1)} |`);
    }
    const m = machine();
    console.log('');
    console.log(`machine: ${m.cpus}, ${m.ramGb} GB RAM, Node ${m.node}, PostgreSQL ${m.postgres}, load average ${m.load} at the end`);
  } finally {
    await client.end().catch(() => undefined);
    await api.stop();
    if (process.env.BENCH_KEEP_DB || reuse) console.log(`kept database ${database}`);
    else await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
