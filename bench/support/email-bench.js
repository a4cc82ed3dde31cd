/**
 * Helpers of the email benchmarks (campaign send, tracking) beside bench-api.js: JSON calls to the
 * API, a counting SMTP sink, and the machine description they print.
 */
const { SMTPServer } = require('smtp-server');
const base = require('./bench-api');

async function api(url, method, path, token, body) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * An SMTP server on loopback that accepts everything and only counts messages (no parsing). It keeps
 * the raw bytes of the first message it receives (`firstMessage`), so a baseline can send the same one.
 */
async function startCountingSink() {
  const sink = { count: 0, onCount: undefined, firstMessage: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks = sink.firstMessage ? null : [];
      stream.on('data', (chunk) => chunks?.push(chunk));
      stream.on('end', () => {
        if (chunks && !sink.firstMessage) sink.firstMessage = Buffer.concat(chunks);
        sink.count++;
        sink.onCount?.(sink.count);
        callback();
      });
    },
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  sink.url = `smtp://127.0.0.1:${server.server.address().port}`;
  sink.stop = () => new Promise((r) => server.close(r));
  return sink;
}

function machine() {
  return { ...base.machineSpecs(), loadavg1m: Number(base.loadAverage()) };
}

module.exports = { api, startCountingSink, machine };
