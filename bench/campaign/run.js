#!/usr/bin/env node
/**
 * Campaign send rate vs a bare nodemailer pooled loop to the same local SMTP sink.
 *
 *   npx nx run api:build && node bench/campaign/run.js [recipients=20000]
 *
 * Inserts the recipients as contacts into a throwaway database, starts the built API (ROLE=all,
 * unlimited SEND_RATE) pointed at a counting SMTP sink on loopback, and times a campaign from
 * `POST /send` to status `sent` (expansion, claims, rendering, tracking, SMTP, logs). In the same
 * run, a bare nodemailer pool (same pool size) sends the same number of pre-rendered messages of
 * the same size to the same sink. Prints both rates, the ratio (target ≥ 0.7) and the API/worker
 * process's peak RSS. Drops the database and its Redis keys at the end.
 */
const nodemailer = require('nodemailer');
const { api, clearRedisPrefix, dropDatabase, machine, startApi, startCountingSink, withClient } = require('../support/email-bench');

const RECIPIENTS = Number(process.argv[2] ?? 20_000);
const POOL_SIZE = 5; // SMTP_POOL_SIZE in mail-transport.service.ts

const HTML = `<html><body style="font-family:Arial,sans-serif">
<h1>Hi {{default first_name "friend"}},</h1>
<p>Here is what is new at {{default company_name "your company"}} this month.</p>
<ul><li><a href="https://corral.example/blog/one">First story</a></li>
<li><a href="https://corral.example/blog/two">Second story</a></li>
<li><a href="https://corral.example/pricing">Pricing</a></li></ul>
<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}</p>
</body></html>`;

async function bareLoop(sinkUrl, sample) {
  const transport = nodemailer.createTransport({ url: sinkUrl, pool: true, maxConnections: POOL_SIZE, maxMessages: 1000 });
  const started = performance.now();
  let next = 0;
  // As many sends in flight as the pool has connections, like the campaign sender.
  await Promise.all(
    Array.from({ length: POOL_SIZE * 2 }, async () => {
      while (next < RECIPIENTS) {
        const i = next++;
        await transport.sendMail({ ...sample, to: `bare-${i}@example.com`, messageId: `<bare-${i}@corral.example>` });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return seconds;
}

async function main() {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const database = `corral_bench_campaign_${suffix}`;
  const queuePrefix = `corral_bench_${suffix}`;
  const sink = await startCountingSink();
  const server = await startApi({ database, queuePrefix, env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://mail.corral.example' } });
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
    const preview = await api(server.url, 'POST', `/api/templates/${template.id}/preview`, accessToken, {});

    // Baseline first, on a warm sink: pre-rendered messages of the same size as the campaign's.
    const bareSeconds = await bareLoop(sink.url, { from: 'bench@corral.example', subject: preview.subject, html: preview.html, text: preview.text });
    sink.count = 0;

    const campaign = await api(server.url, 'POST', '/api/campaigns', accessToken, { name: 'Bench', templateId: template.id });
    const started = performance.now();
    await api(server.url, 'POST', `/api/campaigns/${campaign.id}/send`, accessToken);
    let status;
    do {
      await new Promise((r) => setTimeout(r, 100));
      status = (await api(server.url, 'GET', `/api/campaigns/${campaign.id}`, accessToken)).status;
    } while (status !== 'sent');
    const campaignSeconds = (performance.now() - started) / 1000;
    const stats = await api(server.url, 'GET', `/api/campaigns/${campaign.id}/stats`, accessToken);
    if (stats.sent !== RECIPIENTS || sink.count !== RECIPIENTS) throw new Error(`expected ${RECIPIENTS} sent, got stats ${stats.sent}, sink ${sink.count}`);

    const bareRate = RECIPIENTS / bareSeconds;
    const campaignRate = RECIPIENTS / campaignSeconds;
    console.log(JSON.stringify({ machine: machine(), recipients: RECIPIENTS, poolSize: POOL_SIZE }, null, 1));
    console.log(`bare nodemailer pool : ${bareRate.toFixed(0)} emails/s (${bareSeconds.toFixed(1)} s)`);
    console.log(`campaign (send→sent) : ${campaignRate.toFixed(0)} emails/s (${campaignSeconds.toFixed(1)} s)`);
    console.log(`ratio                : ${(campaignRate / bareRate).toFixed(2)} of the bare loop (target ≥ 0.70)`);
    console.log(`API/worker peak RSS  : ${server.peakRssMb().toFixed(0)} MB`);
  } finally {
    await server.stop();
    await sink.stop();
    await dropDatabase(database);
    await clearRedisPrefix(queuePrefix);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
