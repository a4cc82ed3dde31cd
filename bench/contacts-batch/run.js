#!/usr/bin/env node
/**
 * Batch upsert through the API vs the CSV import of the same rows, in the same run.
 *
 *   npx nx run api:build && node bench/contacts-batch/run.js [rows=100000] [perCall=1000]
 *
 * Generates realistic contacts (faker, fixed seed: names, emails, phones, statuses, tags, notes),
 * starts the built API (ROLE=all) on a throwaway database, sends them to `POST /api/contacts/batch`
 * in sequential calls of `perCall` (each with its own Idempotency-Key, as an integrator retrying
 * safely would) into the empty contact table; then empties the table and imports the same rows as
 * one CSV through the real import (upload, then polling until `completed`). Prints rows/s of both,
 * the ratio, p50/p95 of one batch call, and the API's peak RSS. Drops the database and its Redis keys at the end.
 */
const { faker } = require('@faker-js/faker');
const { execFileSync } = require('child_process');
const { randomUUID } = require('crypto');
const { ROOT, databaseUrl, dropDatabase, clearRedisPrefix, startApi } = require('../support/bench-api');
const { registerAdmin, machine, percentile } = require('../support/contacts-bench');

const ROWS = Number(process.argv[2] ?? 100_000);
const PER_CALL = Number(process.argv[3] ?? 1000);
const STATUSES = ['lead', 'lead', 'prospect', 'customer', 'archived'];
const TAGS = ['newsletter', 'vip', 'webinar', 'trade-show', 'partner', 'trial', 'enterprise', 'referral'];

function csvCell(value) {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The same contacts as batch items and as the lines of an import file. */
function generate() {
  faker.seed(42);
  const contacts = [];
  const lines = ['first_name,last_name,email,phone,status,tags,notes'];
  for (let i = 0; i < ROWS; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const email = `${firstName}.${lastName}.${i}@${faker.internet.domainName()}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    const phone = faker.phone.number({ style: 'international' });
    const status = STATUSES[i % STATUSES.length];
    const tags = TAGS.filter((_, t) => (i * 7 + t * 13) % 10 < 2);
    const notes = i % 5 === 0 ? faker.lorem.sentence() : '';
    contacts.push({ firstName, lastName, email, phone, status, tags, ...(notes && { notes }) });
    lines.push([firstName, lastName, email, phone, status, tags.join('|'), notes].map(csvCell).join(','));
  }
  return { contacts, csv: lines.join('\n') + '\n' };
}

async function viaBatch(url, auth, contacts) {
  const callMs = [];
  const started = performance.now();
  for (let start = 0; start < contacts.length; start += PER_CALL) {
    const callStarted = performance.now();
    const res = await fetch(`${url}/api/contacts/batch`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ contacts: contacts.slice(start, start + PER_CALL), onDuplicate: 'skip' }),
    });
    const body = await res.json();
    callMs.push(performance.now() - callStarted);
    const expected = Math.min(PER_CALL, contacts.length - start);
    if (res.status !== 200 || body.created !== expected) throw new Error(`batch at ${start}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { ms: performance.now() - started, callMs: callMs.sort((a, b) => a - b) };
}

async function viaImport(url, auth, csv) {
  const started = performance.now();
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'contacts.csv');
  const upload = await fetch(`${url}/api/contacts/import`, { method: 'POST', headers: auth, body: form });
  if (upload.status !== 202) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
  const { id } = await upload.json();
  let status;
  for (;;) {
    status = await (await fetch(`${url}/api/contacts/imports/${id}`, { headers: auth })).json();
    if (status.status === 'completed' || status.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (status.status !== 'completed' || status.created !== ROWS) throw new Error(`import ended ${status.status}: ${JSON.stringify(status).slice(0, 500)}`);
  return performance.now() - started;
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_batch_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  console.log(`Generating ${ROWS.toLocaleString('en')} contacts…`);
  const { contacts, csv } = generate();

  const api = await startApi({ database, queuePrefix });
  try {
    const { accessToken } = await registerAdmin(api.url);
    const auth = { authorization: `Bearer ${accessToken}` };
    const psql = (sql) => execFileSync('psql', ['-Atq', databaseUrl(database), '-c', sql], { encoding: 'utf8', cwd: ROOT }).trim();

    const batch = await viaBatch(api.url, auth, contacts);
    // VmHWM only grows: read now, it is the batch phase's peak; read at the end, the whole run's.
    const batchPeakRss = api.peakRssMb();
    if (Number(psql('SELECT count(*) FROM contact')) !== ROWS) throw new Error('the batches did not save every row');
    // Same table, same indexes, emptied: the import pays the same index maintenance the batches did.
    psql('SET client_min_messages TO warning; TRUNCATE contact CASCADE; TRUNCATE outbox_event');
    const importMs = await viaImport(api.url, auth, csv);
    const peakRss = api.peakRssMb();

    const rate = (ms) => Math.round(ROWS / (ms / 1000));
    const m = machine();
    console.log('');
    console.log(`machine: ${m.cpus}, ${m.ramGb} GB RAM, Node ${m.node}, PostgreSQL ${m.postgres}, load average ${m.load} at the end`);
    console.log(`rows: ${ROWS.toLocaleString('en')}; batch calls of ${PER_CALL.toLocaleString('en')}: ${Math.ceil(ROWS / PER_CALL)}`);
    console.log(`POST /api/contacts/batch: ${(batch.ms / 1000).toFixed(2)} s, ${rate(batch.ms).toLocaleString('en')} rows/s (one call p50 ${percentile(batch.callMs, 50).toFixed(0)} ms, p95 ${percentile(batch.callMs, 95).toFixed(0)} ms)`);
    console.log(`CSV import, same rows:    ${(importMs / 1000).toFixed(2)} s, ${rate(importMs).toLocaleString('en')} rows/s`);
    console.log(`ratio batch / import (time): ${(batch.ms / importMs).toFixed(2)}×`);
    console.log(`API peak RSS:             ${batchPeakRss.toFixed(0)} MB after the batches, ${peakRss.toFixed(0)} MB after the import`);
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
