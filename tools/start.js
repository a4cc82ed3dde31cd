/**
 * `npm start`: builds, brings up the development mail sink, seeds an empty database and runs the
 * API with every role (HTTP + processors + scheduler) serving the built SPA, then prints where
 * everything is. Ctrl-C stops it all. Settings come from the environment (see README).
 */
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const net = require('node:net');
const { join, resolve } = require('node:path');
const readline = require('node:readline');

const MIN_NODE = [20, 19];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  console.error(`corral: Node ${MIN_NODE.join('.')} or newer is required, this is ${process.versions.node}.`);
  process.exit(1);
}

const ROOT = resolve(__dirname, '..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const API_SEED = join(ROOT, 'dist/apps/api/seed.js');
const SPA_DIR = join(ROOT, 'dist/apps/web');
const HEALTH_TIMEOUT_MS = 60_000;
// The API's own shutdown grace (SHUTDOWN_GRACE_SECONDS) plus time to close queues and connections:
// a SIGKILL inside the grace would cut off the very hand-offs it exists to finish.
const STOP_GRACE_MS = (Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 10) + 20) * 1000;

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const dim = paint('2');
const bold = paint('1');
const LEVELS = { 10: ['TRACE', dim], 20: ['DEBUG', dim], 30: ['INFO ', paint('32')], 40: ['WARN ', paint('33')], 50: ['ERROR', paint('31')], 60: ['FATAL', paint('31;1')] };

let current; // the child process running right now (build, seed or API)
let sink;
let stopping = false;
let stopRequestedAt = 0;

/**
 * Children run in their own process group: Ctrl-C then reaches only this script, which stops the
 * whole group once, so the API gets exactly one SIGTERM and shuts down gracefully.
 */
function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  current = child;
  child.exited = new Promise((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
  return child;
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function shutdown(exitCode) {
  if (current && current.exitCode === null && current.signalCode === null) {
    killGroup(current, 'SIGTERM');
    const timer = setTimeout(() => killGroup(current, 'SIGKILL'), STOP_GRACE_MS);
    await current.exited;
    clearTimeout(timer);
  }
  if (sink) await sink.close();
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) {
      // npm forwards the terminal's Ctrl-C, so one key press arrives twice within milliseconds;
      // a later one while waiting for the graceful stop means "now".
      if (Date.now() - stopRequestedAt < 1000) return;
      if (current) killGroup(current, 'SIGKILL');
      process.exit(130);
    }
    stopping = true;
    stopRequestedAt = Date.now();
    console.log('\ncorral: stopping… (Ctrl-C again to force)');
    shutdown(0);
  });
}

/** Nest's start-up chatter (one line per module and route) hides what matters; shown at LOG_LEVEL=debug. */
const STARTUP_NOISE = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Turns the API's pino JSON lines into `time LEVEL message` or `time LEVEL METHOD url status ms`. */
function formatLogLine(line, verbose) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || typeof entry.level !== 'number') return line;
  if (!verbose && entry.level <= 30 && STARTUP_NOISE.has(entry.context)) return null;
  const [label, tint] = LEVELS[entry.level] || ['LOG  ', (t) => t];
  const time = dim(new Date(entry.time || Date.now()).toTimeString().slice(0, 8));
  let message;
  if (entry.req && entry.res) {
    const status = entry.res.statusCode;
    const statusText = status >= 500 ? paint('31')(status) : status >= 400 ? paint('33')(status) : status;
    message = `${entry.req.method} ${entry.req.url} ${statusText} ${dim(`${Math.round(entry.responseTime ?? 0)}ms`)}`;
  } else {
    message = (entry.context ? dim(`[${entry.context}] `) : '') + (entry.msg ?? '');
  }
  const error = entry.err && (entry.err.stack || entry.err.message);
  return `${time} ${tint(label)} ${message}${error ? `\n${String(error).replace(/^/gm, '    ')}` : ''}`;
}

function portIsFree(port) {
  return new Promise((done) => {
    const probe = net.createServer();
    probe.once('error', () => done(false));
    probe.listen(port, () => probe.close(() => done(true)));
  });
}

async function waitForHealth(api, port) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  let exited = false;
  api.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) return { ok: false, exited: true };
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { ok: true };
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error.cause?.code || error.message;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return { ok: false, exited, last };
}

function describeUrl(value) {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}

async function main() {
  const projects = ['api', 'web'].filter((name) => existsSync(join(ROOT, 'apps', name, 'project.json')));
  if (!projects.includes('web')) console.log('corral: apps/web does not exist yet; building and serving the API only.');
  console.log(bold(`corral: building ${projects.join(' and ')}…`));
  const nx = require.resolve('nx/bin/nx.js', { paths: [ROOT] });
  const buildCode = await run(process.execPath, [nx, 'run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--output-style=static']).exited;
  if (buildCode !== 0) {
    console.error('corral: the build failed (see above).');
    return shutdown(buildCode);
  }
  if (stopping) return;

  const env = { ...process.env, ROLE: 'all' };
  const port = Number(env.PORT || 3000);
  const spaBuilt = existsSync(join(SPA_DIR, 'index.html'));
  if (spaBuilt) env.SPA_DIR = SPA_DIR;
  else delete env.SPA_DIR;

  if (env.SMTP_URL) {
    console.log(`corral: mail goes to SMTP_URL=${describeUrl(env.SMTP_URL)}; the development mail sink is not started.`);
  } else {
    const { startMailSink, portFromEnv } = require('./mail-sink');
    try {
      sink = await startMailSink({ smtpPort: portFromEnv('MAIL_SINK_SMTP_PORT', 1025, env), httpPort: portFromEnv('MAIL_SINK_HTTP_PORT', 1080, env) });
    } catch (error) {
      console.error(error.message);
      return shutdown(1);
    }
    env.SMTP_URL = sink.smtpUrl;
  }

  if (Number.isInteger(port) && !(await portIsFree(port))) {
    console.error(`corral: port ${port} is already in use (another \`npm start\`?). Stop that process or set PORT.`);
    return shutdown(1);
  }

  console.log(bold('corral: preparing the database…'));
  const seedCode = await run(process.execPath, [API_SEED], { env }).exited;
  if (seedCode !== 0) return shutdown(seedCode);
  if (stopping) return;

  console.log(bold('corral: starting the API (HTTP, workers and scheduler)…'));
  const api = run(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const verbose = ['debug', 'trace'].includes(env.LOG_LEVEL);
  readline.createInterface({ input: api.stdout, crlfDelay: Infinity }).on('line', (line) => {
    const formatted = formatLogLine(line, verbose);
    if (formatted !== null) console.log(formatted);
  });

  const health = await waitForHealth(api, port);
  if (stopping) return;
  if (!health.ok) {
    if (!health.exited) console.error(`corral: the API did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${health.last}).`);
    return shutdown(health.exited ? (await api.exited) || 1 : 1);
  }

  const base = `http://localhost:${port}`;
  const { DEMO_PASSWORD } = require(join(ROOT, 'dist/apps/api/database/seed/seeder.js'));
  // [label, value, stands out]
  const rows = [
    ['App', spaBuilt ? `${base}/` : 'not built (apps/web missing); the API alone is served', true],
    ['Swagger UI', `${base}/api/docs`, true],
    ['Mail', sink ? `${sink.webUrl}  (every email the app sends)` : `sent to ${describeUrl(env.SMTP_URL)}`, true],
    ['Log in', `admin@corral.local / ${DEMO_PASSWORD}`, false],
    ['', 'manager@corral.local, member@corral.local (same password)', false],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(
    [
      '',
      bold('  Corral is running'),
      ...rows.map(([label, value, emphasis]) => `  ${label.padEnd(width)}  ${emphasis ? bold(value) : value}`),
      dim('  Demo users exist when npm start seeded this database. Press Ctrl-C to stop.'),
      '',
    ].join('\n'),
  );

  const code = await api.exited;
  if (!stopping) {
    console.error(`corral: the API stopped unexpectedly (exit code ${code}).`);
    await shutdown(code || 1);
  }
}

main().catch((error) => {
  console.error('corral: npm start failed:', error);
  shutdown(1);
});
