const net = require('net');
let writes = 0, writevs = 0;
const ow = net.Socket.prototype._writeGeneric;
net.Socket.prototype._writeGeneric = function (writev, data, enc, cb) { if (writev) writevs++; else writes++; return ow.call(this, writev, data, enc, cb); };
const nodemailer = require('nodemailer');
const { startCountingSink } = require('./bench/support/email-bench');
const html = '<html><body>' + '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. <a href="https://mail.corral.example/track/click/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmn">link</a></p>\n'.repeat(12) + '</body></html>';
(async () => {
  const sink = await startCountingSink();
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5, maxMessages: 1000 });
  await transport.sendMail({ from: 'a@b.c', to: 'x@y.z', subject: 's', html, text: 'hello' });
  writes = writevs = 0;
  for (let i = 0; i < 100; i++) await transport.sendMail({ from: 'a@b.c', to: 'x@y.z', subject: 's', html, text: 'hello' });
  console.log({ writesPerMsg: writes / 100, writevsPerMsg: writevs / 100 });
  transport.close(); await sink.stop(); process.exit(0);
})();
