#!/usr/bin/env node
/**
 * The baseline of bench/campaign, in a process of its own so that it talks to the sink across
 * processes as the API does: a bare nodemailer pool sending `count` copies of one pre-rendered
 * message. Reads { sinkUrl, sample, count, poolSize } as JSON on stdin; prints { seconds, cpuMs }.
 */
const nodemailer = require('nodemailer');

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { sinkUrl, sample, count, poolSize } = JSON.parse(input);
  const transport = nodemailer.createTransport({ url: sinkUrl, pool: true, maxConnections: poolSize, maxMessages: 1000 });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  // Twice as many sends in flight as connections: every connection always has its next message queued.
  await Promise.all(
    Array.from({ length: poolSize * 2 }, async () => {
      while (next < count) {
        const i = next++;
        await transport.sendMail({ ...sample, to: `bare-${i}@example.com`, messageId: `<bare-${i}@corral.example>` });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  transport.close();
  process.stdout.write(JSON.stringify({ seconds, cpuMs: (used.user + used.system) / 1000 }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
