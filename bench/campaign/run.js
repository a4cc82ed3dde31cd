#!/usr/bin/env node
/**
 * Campaign send rate vs a bare nodemailer pooled loop to the same local SMTP sink.
 *
 *   npx nx run api:build && node bench/campaign/run.js [recipients=20000] [processes=1]
 *
 * Inserts the recipients as contacts into a throwaway database, starts the built API (ROLE=all,
 * unlimited SEND_RATE) pointed at a counting SMTP sink on loopback, and times a campaign from
 * `POST /send` to status `sent` (expansion, claims, rendering, tracking, SMTP, logs). In the same
 * run, a bare nodemailer pool (same pool size) sends the same number of copies of the campaign's
 * first message (same parts and headers, pre-rendered) to the same sink. Prints both rates, the
 * ratio (target ≥ 0.7), the API/worker process's peak RSS, and CPU time per email of each process
 * (the API/worker, the sink, the database's PostgreSQL backends): unlike the rates, those do not
 * depend on what else the machine is doing. With `processes` > 1, that many processes send the
 * campaign: the API (ROLE=all) and ROLE=worker processes beside it, as `docker compose up --scale
 * worker=N` runs them (a campaign is split into send jobs that workers share). Drops the database
 * and its Redis keys at the end.
 */
const { simpleParser } = require('mailparser');
const { spawn } = require('child_process');
const { resolve } = require('path');
const { clearRedisPrefix, postgresCpuMs, dropDatabase, startApi, withClient } = require('../support/bench-api');
const { api, machine, startCountingSink } = require('../support/email-bench');

const RECIPIENTS = Number(process.argv[2] ?? 20_000);
const PROCESSES = Number(process.argv[3] ?? 1);
const POOL_SIZE = 5; // SMTP_POOL_SIZE in mail-transport.service.ts

const HTML = `<html><body style="font-family:Arial,sans-serif">
<h1>Hi {{default first_name "friend"}},</h1>
<p>Here is what is new at {{default company_name "your company"}} this month.</p>
<ul><li><a href="https://corral.example/blog/one">First story</a></li>
<li><a href="https://corral.example/blog/two">Second story</a></li>
<li><a href="https://corral.example/pricing">Pricing</a></li></ul>
<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>
</body></html>`;

/** CPU ms used by this process (the sink) since `since` (a process.cpuUsage()). */
const ownCpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Runs bare-loop.js in its own process (as the API is one) and resolves with its time and CPU. */
function bareLoop(sinkUrl, sample) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(__dirname, 'bare-loop.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(output)) : fail(new Error(`bare-loop.js exited with ${code}`))));
    child.stdin.end(JSON.stringify({ sinkUrl, sample, count: RECIPIENTS, poolSize: POOL_SIZE }));
  });
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_campaign_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const sink = await startCountingSink();
  const env = { SMTP_URL: sink.url, PUBLIC_URL: 'https://mail.corral.example' };
  const server = await startApi({ database, queuePrefix, env });
  const senders = [server];
  try {
    const { accessToken } = await api(server.url, 'POST', '/api/auth/register', null, { email: 'bench@example.com', password: 'bench-password-1', name: 'Bench' });
    await withClient(server.databaseUrl, (db) =>
      db.query(
        `INSERT INTO contact (email, first_name, last_name, status)
         SELECT 'r' || i || '@example.com', 'Name' || i, 'Bench', 'lead' FROM generate_series(1, $1) AS i`,
        [RECIPIENTS],
      ),
    );
    const template = await api(server.url, 'POST', '/api/templates', accessToken, { name: 'Bench', subject: 'News for {{first_name}}', htmlBody: HTML });

    const campaign = await api(server.url, 'POST', '/api/campaigns', accessToken, { name: 'Bench', templateId: template.id });
    // Started once the API has migrated the database, so they do not race to create it.
    for (let i = 1; i < PROCESSES; i++) senders.push(await startApi({ database, queuePrefix, env, worker: true }));
    const sendersCpuMs = () => senders.reduce((sum, sender) => sum + sender.cpuMs(), 0);
    const campaignCpu = { own: process.cpuUsage(), api: sendersCpuMs(), postgres: await postgresCpuMs(database) };
    const started = performance.now();
    await api(server.url, 'POST', `/api/campaigns/${campaign.id}/send`, accessToken);
    // The campaign row's status, read straight from the database: GET /api/campaigns/:id computes
    // the campaign's stats from its logs on every call, and polling it every few milliseconds
    // would load PostgreSQL with the measuring rather than the sending.
    await withClient(server.databaseUrl, async (db) => {
      for (;;) {
        const { rows: [row] } = await db.query('SELECT status FROM campaign WHERE id = $1', [campaign.id]);
        if (row.status === 'sent') return;
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    const campaignSeconds = (performance.now() - started) / 1000;
    const campaignCpuMs = { api: sendersCpuMs() - campaignCpu.api, sink: ownCpuMs(campaignCpu.own), postgres: (await postgresCpuMs(database)) - campaignCpu.postgres };
    const stats = await api(server.url, 'GET', `/api/campaigns/${campaign.id}/stats`, accessToken);
    if (stats.sent !== RECIPIENTS || sink.count !== RECIPIENTS) throw new Error(`expected ${RECIPIENTS} sent, got stats ${stats.sent}, sink ${sink.count}`);

    // The baseline sends what the campaign sent: the same parts and headers (tracked links, pixel,
    // unsubscribe footer and headers), rebuilt and encoded by nodemailer like any send, so the
    // ratio prices Corral's work around a send, not a difference in message size.
    const sent = await simpleParser(sink.firstMessage);
    const sample = {
      from: sent.from.text,
      subject: sent.subject,
      html: sent.html,
      text: sent.text,
      headers: Object.fromEntries(
        sent.headerLines
          .filter(({ key }) => ['list-id', 'list-unsubscribe', 'list-unsubscribe-post'].includes(key))
          .map(({ line }) => [line.slice(0, line.indexOf(':')), { prepared: true, value: line.slice(line.indexOf(':') + 1).trim() }]),
      ),
    };
    const sinkCpuBeforeBare = process.cpuUsage();
    const bare = await bareLoop(sink.url, sample);
    const bareSeconds = bare.seconds;
    const bareCpuMs = { sender: bare.cpuMs, sink: ownCpuMs(sinkCpuBeforeBare) };

    const bareRate = RECIPIENTS / bareSeconds;
    const campaignRate = RECIPIENTS / campaignSeconds;
    console.log(JSON.stringify({ machine: machine(), recipients: RECIPIENTS, poolSize: POOL_SIZE, sendingProcesses: PROCESSES }, null, 1));
    console.log(`bare nodemailer pool : ${bareRate.toFixed(0)} emails/s (${bareSeconds.toFixed(1)} s)`);
    console.log(`campaign (send→sent) : ${campaignRate.toFixed(0)} emails/s (${campaignSeconds.toFixed(1)} s)`);
    console.log(`ratio                : ${(campaignRate / bareRate).toFixed(2)} of the bare loop (target ≥ 0.70)`);
    console.log(`API/worker peak RSS  : ${senders.map((sender) => sender.peakRssMb().toFixed(0)).join(' MB, ')} MB`);
    // CPU per email does not depend on what else the machine is doing, unlike the rates above.
    const perEmail = (ms) => `${((ms * 1000) / RECIPIENTS).toFixed(0)} µs`;
    console.log(`CPU per email, bare  : sender ${perEmail(bareCpuMs.sender)}, sink ${perEmail(bareCpuMs.sink)}`);
    console.log(`CPU per email, campaign: API/worker${PROCESSES > 1 ? 's (all)' : ''} ${perEmail(campaignCpuMs.api)}, sink ${perEmail(campaignCpuMs.sink)}, PostgreSQL ${perEmail(campaignCpuMs.postgres)}`);
  } finally {
    await Promise.all(senders.map((sender) => sender.stop()));
    await sink.stop();
    await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
