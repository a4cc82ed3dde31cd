/**
 * Typed configuration read once from the environment; README.md "Configuration" documents each variable.
 * A wrong value throws ConfigError naming the variable; main.ts prints it as one line and exits.
 */
import { isIP, isIPv4 } from 'net';

export type Role = 'all' | 'api' | 'worker';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Bull key in Redis, so several deployments or test runs can share one Redis. */
  queuePrefix: string;
  smtpUrl: string;
  publicUrl: string;
  /** Undefined in development: a random secret is then kept per database (see SettingsService). */
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  role: Role;
  /** Max emails per second per worker; 0 means unlimited. */
  sendRate: number;
  dkim?: { domainName: string; keySelector: string; privateKey: string };
  allowSignup: boolean;
  loginRateLimit: number;
  /** Failed logins per 15 minutes for one email from all addresses together; past it the account is blocked for 15 minutes. */
  loginAccountRateLimit: number;
  /**
   * Express `trust proxy` list (addresses, subnets, `loopback`/`linklocal`/`uniquelocal`): only a
   * connection from one of these may name the client in X-Forwarded-For. The client IP keys the
   * login and tracking limits, so trusting too little throttles everyone behind the proxy together
   * and trusting too much lets a client pick the address it is counted under.
   */
  trustedProxies: string[];
  /** Tracking hits (opens + clicks) counted per client IP per minute; 0 = no limit. Beyond it links still work but stop counting. */
  trackRateLimit: number;
  /** Requests per minute per API key, counted in Redis across API processes. */
  apiRateLimit: number;
  /** Signup form posts per client IP per minute (429 beyond it); per address, FORM_ADDRESS_LIMIT per hour (beyond it: the usual answer, nothing done). */
  formRateLimit: number;
  formAddressLimit: number;
  logLevel: string;
  /** When set, the API also serves the built SPA from this folder (used by `npm start`). */
  spaDir?: string;
  sendgridVerificationKey?: string;
  /** How often the schedulers look for due work in the database (60 in production; tests use 1). */
  schedulerIntervalSeconds: number;
  /** Webhook URLs may resolve to loopback and private addresses (refused by default: SSRF). */
  webhookAllowPrivate: boolean;
  /** How long a webhook attempt waits for an answer (10 s in production; tests shorten it). */
  webhookTimeoutMs: number;
  /** First retry delay of a failed webhook attempt, doubled each attempt up to an hour. */
  webhookRetryBaseMs: number;
  /** Attempts in flight at once per endpoint and worker process. */
  webhookConcurrency: number;
  /** On SIGTERM, how long in-flight sends, steps and import batches may take to finish (common/shutdown.ts). */
  shutdownGraceSeconds: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function readUrl(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${value}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => p + '//').join(' or ')}, got "${value}"`);
  }
  return value;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An IPv4 netmask such as 255.255.0.0 (ones then zeros), the other subnet form Express accepts. */
function isNetmask(mask: string): boolean {
  if (!isIPv4(mask)) return false;
  const bits = mask.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  const inverted = 2 ** 32 - 1 - bits;
  return (inverted & (inverted + 1)) === 0;
}

function isTrustedProxyEntry(entry: string): boolean {
  if (TRUST_PROXY_NAMES.includes(entry)) return true;
  const [address, range, ...rest] = entry.split('/');
  // net.isIP refuses the shorthand and octal forms (`127.1`, `010.0.0.1`) Express would read
  // differently from what the operator meant; zone ids (`fe80::1%eth0`) Express cannot match.
  const family = address.includes('%') ? 0 : isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isNetmask(range);
}

/**
 * TRUSTED_PROXIES, in the list form of Express' `trust proxy`. `true` and hop counts are refused:
 * they let any client that reaches the API directly choose its own address.
 */
function readTrustedProxies(env: Env): string[] {
  const raw = env.TRUSTED_PROXIES;
  if (raw === undefined || raw.trim() === '') return ['loopback'];
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isTrustedProxyEntry(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `TRUSTED_PROXIES must be comma-separated IP addresses, CIDR subnets or ${TRUST_PROXY_NAMES.join(', ')}, ` +
        `got "${raw}" (${bad === '' ? 'an empty entry' : `"${bad}" is none of these`})`,
    );
  }
  return entries;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  const port = readInt(env, 'PORT', 3000, 1, 65535);
  const role = (env.ROLE || 'all') as Role;
  if (!['all', 'api', 'worker'].includes(role)) {
    throw new ConfigError(`ROLE must be all, api or worker, got "${env.ROLE}"`);
  }
  const jwtSecret = env.JWT_SECRET || undefined;
  if (!jwtSecret && nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret && jwtSecret.length < 16) {
    throw new ConfigError('JWT_SECRET must be at least 16 characters long');
  }
  const dkimParts = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY];
  const dkimSet = dkimParts.filter(Boolean).length;
  if (dkimSet > 0 && dkimSet < 3) {
    throw new ConfigError('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together');
  }
  const sendRateRaw = env.SEND_RATE;
  const sendRate = sendRateRaw ? Number(sendRateRaw) : 0;
  if (!Number.isFinite(sendRate) || sendRate < 0) {
    throw new ConfigError(`SEND_RATE must be a positive number of emails per second, got "${sendRateRaw}"`);
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "${logLevel}"`);
  }
  const publicUrl = readUrl(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(/\/+$/, '');
  return {
    nodeEnv,
    port,
    databaseUrl: readUrl(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/corral', ['postgres:', 'postgresql:']),
    redisUrl: readUrl(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: env.QUEUE_PREFIX || 'corral',
    smtpUrl: readUrl(env, 'SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    publicUrl,
    jwtSecret,
    accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86400),
    refreshTokenTtlDays: readInt(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    role,
    sendRate,
    dkim:
      dkimSet === 3
        ? {
            domainName: env.DKIM_DOMAIN as string,
            keySelector: env.DKIM_SELECTOR as string,
            privateKey: (env.DKIM_PRIVATE_KEY as string).replace(/\\n/g, '\n'),
          }
        : undefined,
    allowSignup: readBool(env, 'ALLOW_SIGNUP'),
    loginRateLimit: readInt(env, 'LOGIN_RATE_LIMIT', 10, 1, 100000),
    loginAccountRateLimit: readInt(env, 'LOGIN_ACCOUNT_RATE_LIMIT', 30, 1, 100000),
    trustedProxies: readTrustedProxies(env),
    trackRateLimit: readInt(env, 'TRACK_RATE_LIMIT', 600, 0, 100_000_000),
    apiRateLimit: readInt(env, 'API_RATE_LIMIT', 600, 1, 1_000_000),
    formRateLimit: readInt(env, 'FORM_RATE_LIMIT', 20, 1, 100_000),
    formAddressLimit: readInt(env, 'FORM_ADDRESS_LIMIT', 5, 1, 1000),
    logLevel,
    spaDir: env.SPA_DIR || undefined,
    sendgridVerificationKey: env.SENDGRID_VERIFICATION_KEY || undefined,
    schedulerIntervalSeconds: readInt(env, 'SCHEDULER_INTERVAL_SECONDS', 60, 1, 3600),
    webhookAllowPrivate: readBool(env, 'WEBHOOK_ALLOW_PRIVATE'),
    webhookTimeoutMs: readInt(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    webhookRetryBaseMs: readInt(env, 'WEBHOOK_RETRY_BASE_MS', 5_000, 10, 3_600_000),
    webhookConcurrency: readInt(env, 'WEBHOOK_CONCURRENCY', 1, 1, 100),
    shutdownGraceSeconds: readInt(env, 'SHUTDOWN_GRACE_SECONDS', 10, 1, 600),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function runsHttp(config: AppConfig): boolean {
  return config.role !== 'worker';
}

export function runsWorkers(config: AppConfig): boolean {
  return config.role !== 'api';
}
