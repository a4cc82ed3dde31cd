/**
 * Development mail sink: an SMTP server that accepts every message and a web page to read them.
 * `npm start` runs it in-process; `node tools/mail-sink.js` runs it alone (ports from
 * MAIL_SINK_SMTP_PORT / MAIL_SINK_HTTP_PORT, bind address from MAIL_SINK_HOST).
 * Nothing is relayed and nothing is written to disk: the last MAX_MESSAGES live in memory.
 */
const http = require('node:http');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const MAX_MESSAGES = 500;
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

class PortInUseError extends Error {}

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** mailparser gives one AddressObject per header occurrence; callers want a flat list. */
function addresses(field) {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((group) => group.value).map((a) => ({ name: a.name || '', address: a.address || '' }));
}

function formatAddresses(list) {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

/** What a message's pages need beyond its JSON: the raw source, header lines in order, attachment bodies. */
const sources = new WeakMap();

function toMessage(id, raw, parsed, envelope) {
  const headerLines = parsed.headerLines.map(({ key, line }) => {
    const colon = line.indexOf(':');
    return { name: line.slice(0, colon), key, value: line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim() };
  });
  const headers = {};
  for (const { key, value } of headerLines) headers[key] = key in headers ? `${headers[key]}\n${value}` : value;
  const message = {
    id,
    receivedAt: new Date().toISOString(),
    envelope,
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    replyTo: addresses(parsed.replyTo),
    subject: parsed.subject || '',
    date: parsed.date ? parsed.date.toISOString() : null,
    messageId: parsed.messageId || null,
    headers,
    text: parsed.text || '',
    // simpleParser already inlined cid: images as data: URIs.
    html: typeof parsed.html === 'string' ? parsed.html : '',
    attachments: parsed.attachments.map((a) => ({ filename: a.filename || 'attachment', contentType: a.contentType, size: a.size })),
    size: raw.length,
  };
  sources.set(message, { raw, headerLines, attachmentBodies: parsed.attachments.map((a) => a.content) });
  return message;
}

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const STYLE = `
:root { color-scheme: light; --bg:#f5f6f8; --card:#fff; --line:#e3e6ea; --text:#1d2330; --muted:#667085; --accent:#2e6be6; --accent-soft:#eaf1fe; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; background:var(--bg); color:var(--text); }
header { display:flex; align-items:center; gap:16px; padding:12px 24px; background:#17202f; color:#fff; }
header a { color:#fff; text-decoration:none; }
header .brand { font-weight:600; font-size:16px; }
header .brand span { opacity:.6; font-weight:400; }
header .info { margin-left:auto; opacity:.7; font-size:13px; }
main { max-width:1200px; margin:20px auto; padding:0 24px; }
.toolbar { display:flex; gap:12px; align-items:center; margin-bottom:12px; }
.toolbar input { flex:1; max-width:420px; padding:7px 10px; border:1px solid var(--line); border-radius:6px; font:inherit; }
.toolbar .count { color:var(--muted); }
button, .button { padding:7px 12px; border:1px solid var(--line); background:var(--card); border-radius:6px; font:inherit; cursor:pointer; color:var(--text); text-decoration:none; }
button:hover, .button:hover { border-color:#b9c0ca; }
button.danger { color:#b42318; }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px; overflow:hidden; }
table { width:100%; border-collapse:collapse; }
th { text-align:left; font-weight:500; color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.04em; padding:10px 14px; border-bottom:1px solid var(--line); background:#fafbfc; }
td { padding:10px 14px; border-bottom:1px solid var(--line); vertical-align:top; }
tr:last-child td { border-bottom:none; }
tbody tr { cursor:pointer; }
tbody tr:hover { background:var(--accent-soft); }
td.time { white-space:nowrap; color:var(--muted); width:1%; }
td.who { max-width:260px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
td.subject a { color:var(--text); text-decoration:none; font-weight:500; }
.empty { padding:48px; text-align:center; color:var(--muted); }
.empty code { background:#eef0f3; padding:2px 6px; border-radius:4px; }
h1 { font-size:20px; margin:0 0 12px; }
dl.meta { display:grid; grid-template-columns:max-content 1fr; gap:6px 16px; margin:0; padding:16px; }
dl.meta dt { color:var(--muted); }
dl.meta dd { margin:0; word-break:break-word; }
.tabs { display:flex; gap:4px; margin:20px 0 0; border-bottom:1px solid var(--line); }
.tabs button { border:none; border-bottom:2px solid transparent; border-radius:0; background:none; color:var(--muted); padding:8px 14px; }
.tabs button[aria-selected="true"] { color:var(--accent); border-bottom-color:var(--accent); font-weight:500; }
.panel { margin-top:12px; }
.panel[hidden] { display:none; }
iframe { width:100%; height:70vh; border:0; background:#fff; display:block; resize:vertical; }
pre { margin:0; padding:16px; white-space:pre-wrap; word-break:break-word; font:12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; }
table.headers td { font:12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; word-break:break-all; }
table.headers td:first-child { white-space:nowrap; color:var(--muted); width:1%; }
table.headers tr.important td { background:#fffbe6; }
table.headers tbody tr { cursor:auto; }
.actions { display:flex; gap:8px; margin-left:auto; }
.crumbs { display:flex; align-items:center; gap:12px; margin-bottom:16px; }
.muted { color:var(--muted); }
.pill { display:inline-block; padding:1px 8px; border-radius:10px; background:#eef0f3; color:var(--muted); font-size:12px; }
`;

/** Headers a developer checks when reviewing marketing mail; highlighted in the header table. */
const IMPORTANT_HEADERS = new Set(['list-unsubscribe', 'list-unsubscribe-post', 'dkim-signature', 'message-id', 'reply-to', 'precedence']);

function page(title, body, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head><body>
<header><a class="brand" href="/">Corral <span>mail sink</span></a><span class="info">Every message sent to this SMTP server stays here; nothing is delivered.</span></header>
<main>${body}</main>
<script>
for (const t of document.querySelectorAll('time[datetime]')) {
  const d = new Date(t.getAttribute('datetime'));
  t.textContent = d.toDateString() === new Date().toDateString() ? d.toLocaleTimeString() : d.toLocaleString();
}
${script}
</script></body></html>`;
}

function renderRows(messages) {
  if (messages.length === 0) {
    return '<tr><td colspan="4" class="empty">No messages yet. Send mail to this SMTP server and it shows up here.</td></tr>';
  }
  return messages
    .map((m) => {
      const search = [formatAddresses(m.from), formatAddresses(m.to), m.envelope.to.join(' '), m.subject].join(' ').toLowerCase();
      return `<tr data-href="/messages/${m.id}" data-search="${escapeHtml(search)}">
<td class="time"><time datetime="${m.receivedAt}">${m.receivedAt.slice(11, 19)}</time></td>
<td class="who" title="${escapeHtml(formatAddresses(m.from))}">${escapeHtml(formatAddresses(m.from) || m.envelope.from)}</td>
<td class="who" title="${escapeHtml(formatAddresses(m.to))}">${escapeHtml(formatAddresses(m.to) || m.envelope.to.join(', '))}</td>
<td class="subject"><a href="/messages/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a>${m.attachments.length ? ` <span class="pill">${m.attachments.length} attachment${m.attachments.length > 1 ? 's' : ''}</span>` : ''}</td></tr>`;
    })
    .join('');
}

function renderList(messages, smtpAddress) {
  const body = `<div class="toolbar">
<input id="filter" type="search" placeholder="Filter by sender, recipient or subject" aria-label="Filter messages">
<span class="count" id="count">${messages.length} message${messages.length === 1 ? '' : 's'}</span>
<div class="actions"><button class="danger" id="clear">Delete all</button></div></div>
<div class="card"><table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead>
<tbody id="rows">${renderRows(messages)}</tbody></table></div>
<p class="muted">SMTP: <code>${escapeHtml(smtpAddress)}</code> · newest first, the last ${MAX_MESSAGES} messages are kept in memory · JSON at <a href="/api/messages">/api/messages</a></p>`;
  const script = `
const rows = document.getElementById('rows');
const filter = document.getElementById('filter');
const count = document.getElementById('count');
function applyFilter() {
  const q = filter.value.trim().toLowerCase();
  for (const tr of rows.querySelectorAll('tr[data-search]')) tr.hidden = q !== '' && !tr.dataset.search.includes(q);
}
filter.addEventListener('input', applyFilter);
rows.addEventListener('click', (e) => {
  const tr = e.target.closest('tr[data-href]');
  if (tr && !e.target.closest('a')) location.href = tr.dataset.href;
});
document.getElementById('clear').addEventListener('click', async () => {
  if (!confirm('Delete every message?')) return;
  await fetch('/api/messages', { method: 'DELETE' });
});
// The server pushes an event whenever the list changes; the page then swaps in fresh rows.
new EventSource('/events').addEventListener('change', async (e) => {
  const { count: n } = JSON.parse(e.data);
  rows.innerHTML = await (await fetch('/rows')).text();
  count.textContent = n + (n === 1 ? ' message' : ' messages');
  for (const t of rows.querySelectorAll('time[datetime]')) {
    const d = new Date(t.getAttribute('datetime'));
    t.textContent = d.toDateString() === new Date().toDateString() ? d.toLocaleTimeString() : d.toLocaleString();
  }
  applyFilter();
});`;
  return page(`Mail sink (${messages.length})`, body, script);
}

function renderMessage(m) {
  const meta = [
    ['From', formatAddresses(m.from)],
    ['To', formatAddresses(m.to)],
    ['Cc', formatAddresses(m.cc)],
    ['Reply-To', formatAddresses(m.replyTo)],
    ['Envelope', `${m.envelope.from || '<>'} → ${m.envelope.to.join(', ')}`],
    ['Date', m.date ? `<time datetime="${m.date}">${m.date}</time>` : ''],
    ['Received', `<time datetime="${m.receivedAt}">${m.receivedAt}</time> · ${formatBytes(m.size)}`],
    ['List-Unsubscribe', m.headers['list-unsubscribe']],
    ['List-Unsubscribe-Post', m.headers['list-unsubscribe-post']],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `<dt>${label}</dt><dd>${label === 'Date' || label === 'Received' ? value : escapeHtml(value)}</dd>`)
    .join('');
  const attachments = m.attachments.length
    ? `<dt>Attachments</dt><dd>${m.attachments
        .map((a, i) => `<a href="/messages/${m.id}/attachments/${i}">${escapeHtml(a.filename)}</a> <span class="muted">(${escapeHtml(a.contentType)}, ${formatBytes(a.size)})</span>`)
        .join('<br>')}</dd>`
    : '';
  const { raw, headerLines } = sources.get(m);
  const headerRows = headerLines
    .map((h) => `<tr class="${IMPORTANT_HEADERS.has(h.key) ? 'important' : ''}"><td>${escapeHtml(h.name)}</td><td>${escapeHtml(h.value)}</td></tr>`)
    .join('');
  const tabs = [
    ['html', 'HTML', m.html ? `<div class="card"><iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" src="/messages/${m.id}/html"></iframe></div>` : '<div class="card empty">This message has no HTML part.</div>'],
    ['text', 'Text', `<div class="card">${m.text ? `<pre>${escapeHtml(m.text)}</pre>` : '<div class="empty">This message has no text part.</div>'}</div>`],
    ['headers', 'Headers', `<div class="card"><table class="headers"><tbody>${headerRows}</tbody></table></div>`],
    ['source', 'Source', `<div class="card"><pre>${escapeHtml(raw)}</pre></div>`],
  ];
  const first = m.html ? 'html' : 'text';
  const body = `<div class="crumbs"><a class="button" href="/">← All messages</a>
<div class="actions"><a class="button" href="/messages/${m.id}/raw" download="message-${m.id}.eml">Download .eml</a><button class="danger" id="delete">Delete</button></div></div>
<h1>${escapeHtml(m.subject || '(no subject)')}</h1>
<div class="card"><dl class="meta">${meta}${attachments}</dl></div>
<div class="tabs" role="tablist">${tabs.map(([id, label]) => `<button role="tab" data-tab="${id}" aria-selected="${id === first}">${label}</button>`).join('')}</div>
${tabs.map(([id, , content]) => `<section class="panel" role="tabpanel" id="panel-${id}" ${id === first ? '' : 'hidden'}>${content}</section>`).join('')}`;
  const script = `
for (const tab of document.querySelectorAll('[data-tab]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[data-tab]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      document.getElementById('panel-' + other.dataset.tab).hidden = !selected;
    }
  });
}
document.getElementById('delete').addEventListener('click', async () => {
  await fetch('/api/messages/${m.id}', { method: 'DELETE' });
  location.href = '/';
});`;
  return page(m.subject || '(no subject)', body, script);
}

/**
 * The message's own HTML, served to a sandboxed iframe. The CSP sandbox also applies when the URL is
 * opened directly, so a message's scripts never run with the sink's origin. Images load like in a
 * real mail client (so open tracking can be tried); links open in a new tab.
 */
function messageHtml(m) {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(m.html) ? m.html.replace(/<head[^>]*>/i, (head) => head + base) : base + m.html;
}

/**
 * Starts the SMTP and HTTP servers. Resolves once both listen; rejects with a PortInUseError naming
 * the port (and closes whatever had started) when one of them cannot bind.
 */
async function startMailSink({ smtpPort = 1025, httpPort = 1080, host = '127.0.0.1' } = {}) {
  const messages = [];
  const subscribers = new Set();
  let nextId = 1;

  const notify = () => {
    for (const res of subscribers) res.write(`event: change\ndata: ${JSON.stringify({ count: messages.length })}\n\n`);
  };

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        if (stream.sizeExceeded) {
          const error = new Error(`Message exceeds the sink's limit of ${formatBytes(MAX_MESSAGE_BYTES)}`);
          error.responseCode = 552;
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        try {
          const parsed = await simpleParser(raw);
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          messages.unshift(toMessage(String(nextId++), raw.toString('utf8'), parsed, envelope));
          messages.length = Math.min(messages.length, MAX_MESSAGES);
          notify();
          callback();
        } catch (error) {
          callback(error);
        }
      });
    },
  });
  // A client dropping its connection must not take the sink down.
  smtp.on('error', () => undefined);

  const find = (id) => messages.find((m) => m.id === id);
  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  const json = (res, status, value) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
  const notFound = (res) => send(res, 404, 'text/html; charset=utf-8', page('Not found', '<div class="card empty">No such message (the sink keeps messages in memory only). <a href="/">All messages</a></div>'));

  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://sink');
    const path = url.pathname;
    let match;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', renderList(messages, `${host}:${smtpPort}`));
    if (req.method === 'GET' && path === '/rows') return send(res, 200, 'text/html; charset=utf-8', renderRows(messages));
    if (req.method === 'GET' && path === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      subscribers.add(res);
      req.on('close', () => subscribers.delete(res));
      return;
    }
    if (path === '/api/messages') {
      if (req.method === 'GET') {
        const to = (url.searchParams.get('to') || '').toLowerCase();
        const found = to ? messages.filter((m) => m.envelope.to.some((a) => a.toLowerCase() === to)) : messages;
        return json(res, 200, found);
      }
      if (req.method === 'DELETE') {
        messages.length = 0;
        notify();
        res.writeHead(204).end();
        return;
      }
      return json(res, 405, { error: 'Use GET or DELETE' });
    }
    if ((match = path.match(/^\/api\/messages\/([^/]+)$/))) {
      const index = messages.findIndex((m) => m.id === match[1]);
      if (index < 0) return json(res, 404, { error: 'No such message' });
      if (req.method === 'GET') return json(res, 200, messages[index]);
      if (req.method === 'DELETE') {
        messages.splice(index, 1);
        notify();
        res.writeHead(204).end();
        return;
      }
      return json(res, 405, { error: 'Use GET or DELETE' });
    }
    if (req.method !== 'GET') return json(res, 405, { error: 'Method not allowed' });
    if ((match = path.match(/^\/messages\/([^/]+)$/))) {
      const m = find(match[1]);
      return m ? send(res, 200, 'text/html; charset=utf-8', renderMessage(m)) : notFound(res);
    }
    if ((match = path.match(/^\/messages\/([^/]+)\/html$/))) {
      const m = find(match[1]);
      if (!m) return notFound(res);
      return send(res, 200, 'text/html; charset=utf-8', messageHtml(m), {
        'Content-Security-Policy': "sandbox allow-popups allow-popups-to-escape-sandbox; script-src 'none'; object-src 'none'",
      });
    }
    if ((match = path.match(/^\/messages\/([^/]+)\/raw$/))) {
      const m = find(match[1]);
      return m ? send(res, 200, 'message/rfc822', sources.get(m).raw, { 'Content-Disposition': `attachment; filename="message-${m.id}.eml"` }) : notFound(res);
    }
    if ((match = path.match(/^\/messages\/([^/]+)\/attachments\/(\d+)$/))) {
      const m = find(match[1]);
      const attachment = m && m.attachments[Number(match[2])];
      if (!attachment) return notFound(res);
      const filename = attachment.filename.replace(/["\r\n]/g, '_');
      return send(res, 200, attachment.contentType || 'application/octet-stream', sources.get(m).attachmentBodies[Number(match[2])], {
        'Content-Disposition': `attachment; filename="${filename}"`,
      });
    }
    return notFound(res);
  });

  const listen = (server, port, label, envName) =>
    new Promise((resolve, reject) => {
      const onError = (error) => {
        if (error.code === 'EADDRINUSE') {
          reject(new PortInUseError(`mail sink: ${label} port ${host}:${port} is already in use (another \`npm start\` or mail sink?). Stop it or set ${envName}.`));
        } else {
          reject(error);
        }
      };
      const net = server.server || server;
      net.once('error', onError);
      server.listen(port, host, () => {
        net.removeListener('error', onError);
        resolve(net.address().port);
      });
    });

  const closeHttp = () =>
    new Promise((resolve) => {
      for (const res of subscribers) res.end();
      httpServer.close(() => resolve());
      httpServer.closeAllConnections();
    });
  const closeSmtp = () => new Promise((resolve) => smtp.close(() => resolve()));

  const boundSmtp = await listen(smtp, smtpPort, 'SMTP', 'MAIL_SINK_SMTP_PORT');
  let boundHttp;
  try {
    boundHttp = await listen(httpServer, httpPort, 'web', 'MAIL_SINK_HTTP_PORT');
  } catch (error) {
    await closeSmtp();
    throw error;
  }
  const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    smtpPort: boundSmtp,
    httpPort: boundHttp,
    smtpUrl: `smtp://${displayHost}:${boundSmtp}`,
    webUrl: `http://${displayHost === '127.0.0.1' ? 'localhost' : displayHost}:${boundHttp}/`,
    messages: () => [...messages],
    close: () => Promise.all([closeHttp(), closeSmtp()]).then(() => undefined),
  };
}

/** Reads a port number from the environment; a wrong value throws an error naming the variable. */
function portFromEnv(name, fallback, env = process.env) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`mail sink: ${name} must be a port number, got "${raw}"`);
  return value;
}

module.exports = { startMailSink, portFromEnv, PortInUseError };

if (require.main === module) {
  let options;
  try {
    options = {
      smtpPort: portFromEnv('MAIL_SINK_SMTP_PORT', 1025),
      httpPort: portFromEnv('MAIL_SINK_HTTP_PORT', 1080),
      host: process.env.MAIL_SINK_HOST || '127.0.0.1',
    };
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  startMailSink(options).then(
    (sink) => {
      console.log(`mail sink: SMTP on ${sink.smtpUrl}, messages at ${sink.webUrl}`);
      const stop = () => sink.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(error instanceof PortInUseError ? error.message : `mail sink: ${error.stack || error}`);
      process.exit(1);
    },
  );
}
