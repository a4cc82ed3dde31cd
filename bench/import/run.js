#!/usr/bin/env node
/**
 * CSV import vs PostgreSQL COPY of the same rows into the same table.
 *
 *   npx nx run api:build && node bench/import/run.js [rows=100000]
 *
 * Generates a CSV of realistic contacts (names, emails, companies, tags, statuses), starts the built
 * API (ROLE=all) on a throwaway database, imports the file through the real API (upload → job
 * completed) into the empty contact table, then empties the table and loads the same rows with
 * `\copy` (psql, client-side COPY). Prints both times, the ratio (target ≤ 3×) and the API
 * process's peak RSS (target < 300 MB). Drops the database and its Redis keys at the end.
 */
const { faker } = require('@faker-js/faker');
const { execFileSync } = require('child_process');
const { createWriteStream, mkdirSync, openAsBlob, statSync } = require('fs');
const { once } = require('events');
const { resolve } = require('path');
const { ROOT, databaseUrl, dropDatabase, clearRedisPrefix, startApi } = require('../support/bench-api');
const { registerAdmin, machine } = require('../support/contacts-bench');

const ROWS = Number(process.argv[2] ?? 100_000);
const DATA_DIR = resolve(ROOT, 'bench/.data');
const STATUSES = ['lead', 'lead', 'prospect', 'customer', 'archived'];
const TAGS = ['newsletter', 'vip', 'webinar', 'trade-show', 'partner', 'trial', 'enterprise', 'referral'];

function csvCell(value) {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The import file, and the same rows in COPY's format (tags as a PostgreSQL array literal). */
async function generate(csvPath, copyPath) {
  faker.seed(42);
  const companies = Array.from({ length: 2000 }, () => faker.company.name());
  const csv = createWriteStream(csvPath);
  const copy = createWriteStream(copyPath);
  csv.write('first_name,last_name,email,phone,company,status,tags,notes\n');
  copy.write('first_name,last_name,email,phone,status,tags,notes\n');
  for (let i = 0; i < ROWS; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const email = `${firstName}.${lastName}.${i}@${faker.internet.domainName()}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    const phone = faker.phone.number({ style: 'international' });
    const company = companies[i % companies.length];
    const status = STATUSES[i % STATUSES.length];
    const tags = TAGS.filter((_, t) => (i * 7 + t * 13) % 10 < 2);
    const notes = i % 5 === 0 ? faker.lorem.sentence() : '';
    const csvLine = [firstName, lastName, email, phone, company, status, tags.join('|'), notes].map(csvCell).join(',') + '\n';
    const copyLine = [firstName, lastName, email, phone, status, `{${tags.join(',')}}`, notes].map(csvCell).join(',') + '\n';
    if (!csv.write(csvLine)) await once(csv, 'drain');
    if (!copy.write(copyLine)) await once(copy, 'drain');
  }
  csv.end();
  copy.end();
  await Promise.all([once(csv, 'finish'), once(copy, 'finish')]);
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_import_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  mkdirSync(DATA_DIR, { recursive: true });
  const csvPath = resolve(DATA_DIR, `contacts-${ROWS}.csv`);
  const copyPath = resolve(DATA_DIR, `contacts-${ROWS}.copy.csv`);
  console.log(`Generating ${ROWS.toLocaleString('en')} contacts…`);
  await generate(csvPath, copyPath);
  const sizeMb = statSync(csvPath).size / 1024 / 1024;

  const api = await startApi({ database, queuePrefix, port: 3950 + (process.pid % 40) });
  try {
    const { accessToken } = await registerAdmin(api.url);
    const auth = { authorization: `Bearer ${accessToken}` };

    const started = performance.now();
    const form = new FormData();
    form.append('file', await openAsBlob(csvPath, { type: 'text/csv' }), 'contacts.csv');
    const upload = await fetch(`${api.url}/api/contacts/import`, { method: 'POST', headers: auth, body: form });
    if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
    const { id } = await upload.json();
    const uploaded = performance.now();
    let status;
    for (;;) {
      status = await (await fetch(`${api.url}/api/contacts/imports/${id}`, { headers: auth })).json();
      if (status.status === 'completed' || status.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const importMs = performance.now() - started;
    if (status.status !== 'completed' || status.created !== ROWS) {
      throw new Error(`import ended ${status.status}: ${JSON.stringify({ ...status, errors: status.errors.slice(0, 5) })}`);
    }
    const peakRss = api.peakRssMb();

    // Same table, same indexes, emptied: COPY pays the same index maintenance the import did.
    const url = databaseUrl(database);
    execFileSync('psql', ['-q', url, '-c', 'TRUNCATE contact CASCADE'], { stdio: 'inherit' });
    const copyStarted = performance.now();
    execFileSync('psql', ['-q', url, '-c', `\\copy contact(first_name, last_name, email, phone, status, tags, notes) FROM '${copyPath}' WITH (FORMAT csv, HEADER true)`], { stdio: 'inherit' });
    const copyMs = performance.now() - copyStarted;
    const copied = Number(execFileSync('psql', ['-At', url, '-c', 'SELECT count(*) FROM contact'], { encoding: 'utf8' }).trim());
    if (copied !== ROWS) throw new Error(`COPY loaded ${copied} rows`);

    const m = machine();
    console.log('');
    console.log(`machine: ${m.cpus}, ${m.ramGb} GB RAM, Node ${m.node}, PostgreSQL ${m.postgres}, load average ${m.load} at the end`);
    console.log(`file: ${ROWS.toLocaleString('en')} rows, ${sizeMb.toFixed(1)} MB`);
    console.log(`import through the API: ${(importMs / 1000).toFixed(2)} s (upload answered after ${((uploaded - started) / 1000).toFixed(2)} s), ${Math.round(ROWS / (importMs / 1000)).toLocaleString('en')} rows/s`);
    console.log(`COPY of the same rows:  ${(copyMs / 1000).toFixed(2)} s`);
    console.log(`ratio import / COPY:    ${(importMs / copyMs).toFixed(2)}× (target ≤ 3×)`);
    console.log(`API peak RSS:           ${peakRss.toFixed(0)} MB (target < 300 MB)`);
  } finally {
    await api.stop();
    await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
