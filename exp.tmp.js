const net = require('net');
if (process.argv[3] === 'cork') {
  const ow = net.Socket.prototype.write;
  net.Socket.prototype.write = function (...a) {
    if (this.__client) { if (!this.__corked) { this.__corked = true; this.cork(); setImmediate(() => { this.__corked = false; this.uncork(); }); } }
    return ow.apply(this, a);
  };
  const oc = net.connect;
  net.connect = net.createConnection = function (...a) { const s = oc.apply(this, a); s.__client = true; return s; };
}
const nodemailer = require('nodemailer');
const MailComposer = require('nodemailer/lib/mail-composer');
const { startCountingSink } = require('./bench/support/email-bench');
const html = '<html><body style="font-family:Arial">' + '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. <a href="https://mail.corral.example/track/click/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmn">link</a></p>\n'.repeat(12) + '</body></html>';
const text = html.replace(/<[^>]+>/g, '');
const mode = process.argv[2]; const N = 8000;
(async () => {
  const sink = await startCountingSink();
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5, maxMessages: 1000 });
  const cpu = process.cpuUsage(); const t0 = performance.now(); let next = 0;
  await Promise.all(Array.from({ length: 20 }, async () => {
    while (next < N) {
      const i = next++;
      const mail = { from: { name: 'Corral', address: 'news@corral.example' }, to: `r${i}@example.com`, subject: 'News for Name' + i, html, text, messageId: `<x${i}@corral.example>`,
        headers: { 'List-Unsubscribe': '<https://mail.corral.example/unsubscribe/abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
      if (mode === 'raw') {
        const raw = await new MailComposer({ ...mail, textEncoding: 'quoted-printable', baseBoundary: 'b' + i }).compile().build();
        await transport.sendMail({ envelope: { from: 'news@corral.example', to: [mail.to] }, raw });
      } else if (mode === 'q') {
        await transport.sendMail({ ...mail, textEncoding: 'quoted-printable', baseBoundary: 'b' + i });
      } else await transport.sendMail(mail);
    }
  }));
  const s = (performance.now() - t0) / 1000; const u = process.cpuUsage(cpu);
  console.log(mode, (N / s).toFixed(0), '/s', ((u.user + u.system) / N).toFixed(0), 'µs/email (sender+sink process)');
  transport.close(); await sink.stop(); process.exit(0);
})();
