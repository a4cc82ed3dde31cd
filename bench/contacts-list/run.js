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
 *
 * Custom fields (issue #14): ten contact fields are created through the API before the load (so
 * their indexes exist: the GIN over custom_fields and one btree per sortable field), and every
 * contact gets a value of each. Their scenarios — filter by a select, a number range, a date
 * range, sort by a number — alternate each request with the same first page as bare SQL written
 * here (no count), and print the indexes the bare query's plan uses (no Seq Scan on contact).
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

/** The ten custom fields every generated contact holds a value of. */
const CUSTOM_FIELDS = [
  { key: 'plan', label: 'Plan', type: 'select', options: ['free', 'starter', 'pro', 'enterprise'].map((value) => ({ value, label: value })) },
  { key: 'member_rating', label: 'Member rating', type: 'number' },
  { key: 'revenue', label: 'Revenue', type: 'number' },
  { key: 'signup_date', label: 'Signup date', type: 'date' },
  { key: 'last_seen_at', label: 'Last seen', type: 'datetime' },
  { key: 'vip', label: 'VIP', type: 'boolean' },
  { key: 'interests', label: 'Interests', type: 'multiselect', options: ['golf', 'wine', 'tech', 'travel', 'music', 'art'].map((value) => ({ value, label: value })) },
  { key: 'nickname', label: 'Nickname', type: 'text' },
  { key: 'website', label: 'Website', type: 'url' },
  { key: 'region', label: 'Region', type: 'select', options: ['emea', 'amer', 'apac', 'latam'].map((value) => ({ value, label: value })) },
];

/** Each value drawn on its own (random() in the select list runs per row), in the stored forms of custom-field-rules.ts. */
const CUSTOM_VALUES_SQL = `jsonb_build_object(
  'plan', (ARRAY['free','starter','pro','enterprise'])[1 + floor(random() * 4)::int],
  'member_rating', 1 + floor(random() * 5)::int,
  'revenue', round((random() * 100000)::numeric, 2),
  'signup_date', to_char(date '2023-01-01' + floor(random() * 1095)::int, 'YYYY-MM-DD'),
  'last_seen_at', to_char(timestamp '2025-01-01' + random() * interval '365 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'vip', random() < 0.1,
  'interests', jsonb_build_array((ARRAY['golf','wine','tech','travel','music','art'])[1 + floor(random() * 6)::int]),
  'nickname', v.f,
  'website', 'https://' || lower(v.l) || '.example/' || x.g,
  'region', (ARRAY['emea','amer','apac','latam'])[1 + floor(random() * 4)::int])`;

async function createCustomFields(url, auth) {
  for (const field of CUSTOM_FIELDS) {
    const res = await fetch(`${url}/api/fields`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ objectType: 'contact', ...field }),
    });
    if (!res.ok) throw new Error(`field ${field.key}: ${res.status} ${await res.text()}`);
  }
}

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
     INSERT INTO contact (first_name, last_name, email, phone, company_id, status, tags, assigned_to_id, created_at, updated_at, custom_fields)
     SELECT v.f, v.l, lower(v.f || '.' || v.l || '.' || x.g || '@' || (ARRAY['gmail.example','outlook.example','proton.example','corp.example'])[1 + floor(x.r4 * 4)::int]),
            '+1 555 ' || lpad((x.g % 10000)::text, 4, '0'),
            CASE WHEN x.r5 < 0.15 THEN NULL ELSE companies.ids[1 + floor(x.r6 * 5000)::int] END,
            CASE WHEN x.r3 < 0.4 THEN 'lead' WHEN x.r3 < 0.6 THEN 'prospect' WHEN x.r3 < 0.85 THEN 'customer' ELSE 'archived' END,
            ARRAY(SELECT t FROM unnest($2::text[]) AS t WHERE random() < 0.15 AND x.g > 0),
            users.ids[1 + floor(x.r7 * array_length(users.ids, 1))::int],
            v.ts, v.ts, ${CUSTOM_VALUES_SQL}
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

/** The first page as one would write it by hand: the same columns, no count. */
const BARE_PAGE = (where, orderBy) => `SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.company_id, co.name AS company_name, c.status, c.tags,
    c.notes, c.assigned_to_id, u.name AS assigned_to_name, u.email AS assigned_to_email, c.custom_fields, c.created_at, c.updated_at
  FROM contact c LEFT JOIN company co ON co.id = c.company_id LEFT JOIN app_user u ON u.id = c.assigned_to_id
  ${where} ORDER BY ${orderBy} LIMIT 50`;

const CUSTOM_SCENARIOS = [
  {
    name: 'cf: select filter (plan=enterprise)',
    path: '/api/contacts?cf.plan=enterprise',
    sql: BARE_PAGE(`WHERE (c.custom_fields ->> 'plan') = 'enterprise'`, 'c.created_at DESC, c.id DESC'),
  },
  {
    name: 'cf: select filter + status + sort (region=apac, customer, lastName)',
    path: '/api/contacts?cf.region=apac&status=customer&sort=lastName',
    sql: BARE_PAGE(`WHERE (c.custom_fields ->> 'region') = 'apac' AND c.status = 'customer'`, 'c.last_name, c.id'),
  },
  {
    name: 'cf: multiselect contains (interests=golf), sort email',
    path: '/api/contacts?cf.interests=golf&sort=email',
    sql: BARE_PAGE(`WHERE c.custom_fields @> '{"interests": ["golf"]}'`, 'lower(c.email), c.id'),
  },
  {
    name: 'cf: number range (revenue 90,000–90,500)',
    path: '/api/contacts?cf.revenue[gte]=90000&cf.revenue[lt]=90500',
    sql: BARE_PAGE(`WHERE (c.custom_fields ->> 'revenue')::numeric >= 90000 AND (c.custom_fields ->> 'revenue')::numeric < 90500`, 'c.created_at DESC, c.id DESC'),
  },
  {
    name: 'cf: date range (signup_date, one week)',
    path: '/api/contacts?cf.signup_date[gte]=2025-06-01&cf.signup_date[lt]=2025-06-08',
    sql: BARE_PAGE(`WHERE (c.custom_fields ->> 'signup_date') >= '2025-06-01' AND (c.custom_fields ->> 'signup_date') < '2025-06-08'`, 'c.created_at DESC, c.id DESC'),
  },
  {
    name: 'cf: sort by a number (-revenue), no filter',
    path: '/api/contacts?sort=-cf.revenue',
    sql: BARE_PAGE('', `(c.custom_fields ->> 'revenue')::numeric DESC, c.id DESC`),
  },
];

/** Index names the plan of `sql` reads, and whether it scans the contact table sequentially. */
async function planOf(client, sql) {
  const [{ 'QUERY PLAN': [plan] }] = (await client.query(`EXPLAIN (FORMAT JSON) ${sql}`)).rows;
  const indexes = new Set();
  let seqScan = false;
  const walk = (node) => {
    if (node['Index Name']) indexes.add(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'contact') seqScan = true;
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan.Plan);
  return `${[...indexes].join(', ') || 'no index'}${seqScan ? ' — SEQ SCAN on contact' : ''}`;
}

/** The API's request and the bare SQL, alternating, after warm-up: p50/p95 of each. */
async function timePair(url, auth, client, scenario, count = REQUESTS) {
  const ours = [];
  const bare = [];
  for (let i = 0; i < count + 10; i++) {
    let started = performance.now();
    const res = await fetch(`${url}${scenario.path}`, { headers: auth });
    const body = await res.json();
    if (!res.ok) throw new Error(`${scenario.path}: ${res.status} ${JSON.stringify(body)}`);
    if (i >= 10) ours.push(performance.now() - started);
    started = performance.now();
    await client.query(scenario.sql);
    if (i >= 10) bare.push(performance.now() - started);
  }
  return { ours: ours.sort((a, b) => a - b), bare: bare.sort((a, b) => a - b) };
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

    await client.connect();
    if (!reuse) {
      await createCustomFields(api.url, auth);
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

    console.log('');
    console.log(`Custom fields (10 per contact), ${REQUESTS} requests per scenario, each alternating with the same first page as bare SQL (after 10 warm-up pairs)`);
    console.log('');
    console.log('| scenario | API p50 ms | API p95 ms | bare SQL p50 ms | bare SQL p95 ms | bare plan reads |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- |');
    for (const scenario of CUSTOM_SCENARIOS) {
      const { ours, bare } = await timePair(api.url, auth, client, scenario);
      const plan = await planOf(client, scenario.sql);
      console.log(`| ${scenario.name} | ${percentile(ours, 50).toFixed(1)} | ${percentile(ours, 95).toFixed(1)} | ${percentile(bare, 50).toFixed(1)} | ${percentile(bare, 95).toFixed(1)} | ${plan} |`);
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
