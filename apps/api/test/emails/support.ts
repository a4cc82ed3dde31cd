import { createHash, createVerify, generateKeyPairSync, sign } from 'crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { resolve } from 'path';
import type { ApiProcess, TestEnvironment } from '../support/test-app';

const DIST = resolve(__dirname, '../../../../dist/apps/api');

/** SendGrid signs webhooks with ECDSA P-256; the tests play SendGrid with their own key pair. */
const sendgridKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
/** SENDGRID_VERIFICATION_KEY for an API that should accept postSendgridWebhook's signatures. */
export const sendgridVerificationKey = sendgridKeys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');

/**
 * Posts `body` to the SendGrid webhook as SendGrid would. The signature covers `signedBody`: pass
 * another text to forge one, or null to send none.
 */
export function postSendgridWebhook(api: ApiProcess, body: string, signedBody: string | null = body) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const req = api.http().post('/api/webhooks/sendgrid').set('Content-Type', 'application/json');
  if (signedBody !== null) {
    const signature = sign('sha256', Buffer.from(timestamp + signedBody), sendgridKeys.privateKey).toString('base64');
    req.set('X-Twilio-Email-Event-Webhook-Signature', signature).set('X-Twilio-Email-Event-Webhook-Timestamp', timestamp);
  }
  return req.send(body);
}

/**
 * The built app (dist) as an in-process Nest context on the test database (ROLE=api: no processors),
 * for exercising exported services that have no HTTP route, such as the workflow single-send path.
 */
export async function loadBuiltApp(env: TestEnvironment, extraEnv: Record<string, string>) {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NestFactory } = require(resolve(DIST, '../../../node_modules/@nestjs/core'));
  const { AppModule } = require(`${DIST}/app.module`);
  const { loadConfig } = require(`${DIST}/config/config`);
  const emails = require(`${DIST}/modules/emails/sending/email-sending.service`);
  const errors = require(`${DIST}/modules/emails/sending/email-errors`);
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = {
    ...loadConfig({
      DATABASE_URL: env.databaseUrl,
      QUEUE_PREFIX: env.queuePrefix,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      JWT_SECRET: 'test-secret-that-is-long-enough',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    }),
    role: 'api',
  };
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  return { app, emails, errors };
}

/** The header block of a raw message with folded lines joined, for matching whole header values. */
export function unfoldedHeaders(raw: string): string {
  return raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
}

/** Polls `check` until it returns a truthy value (returned), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The path (and query) of an absolute URL, to call the API under test whatever PUBLIC_URL says. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** Every http(s) URL in an email's HTML hrefs and img srcs. */
export function urlsIn(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/**
 * Verifies a relaxed/relaxed rsa-sha256 DKIM signature (RFC 6376) against `publicKey`, returning the
 * signed header names; throws when the body hash or the signature does not match.
 */
export function verifyDkim(raw: string, publicKey: string): string[] {
  const split = raw.indexOf('\r\n\r\n');
  const headerBlock = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const headers = headerBlock.split(/\r\n(?![ \t])/).map((line) => {
    const colon = line.indexOf(':');
    return { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) };
  });
  const relaxedHeader = (h: { name: string; value: string }) => `${h.name}:${h.value.replace(/\r\n/g, '').replace(/[ \t]+/g, ' ').trim()}`;
  const signature = headers.find((h) => h.name === 'dkim-signature');
  if (!signature) throw new Error('no DKIM-Signature header');
  const tags = Object.fromEntries(
    signature.value.replace(/\r\n[ \t]*/g, '').split(';').map((part) => {
      const eq = part.indexOf('=');
      return [part.slice(0, eq).trim(), part.slice(eq + 1).replace(/\s+/g, '')];
    }),
  );
  if (tags.a !== 'rsa-sha256' || tags.c !== 'relaxed/relaxed') throw new Error(`unexpected a=${tags.a} c=${tags.c}`);
  const canonicalBody = body
    .split('\r\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''))
    .join('\r\n')
    .replace(/(\r\n)*$/, '\r\n');
  const bodyHash = createHash('sha256').update(canonicalBody).digest('base64');
  if (bodyHash !== tags.bh) throw new Error('DKIM body hash mismatch');
  const signedNames = (tags.h as string).toLowerCase().split(':');
  const used = new Map<string, number>();
  const lines = signedNames.flatMap((name) => {
    const matching = headers.filter((h) => h.name === name);
    const index = matching.length - 1 - (used.get(name) ?? 0);
    used.set(name, (used.get(name) ?? 0) + 1);
    return index >= 0 ? [relaxedHeader(matching[index]) + '\r\n'] : [];
  });
  const unsignedSelf = relaxedHeader({ name: 'dkim-signature', value: signature.value.replace(/(\bb=)[^;]*/, '$1') });
  const ok = createVerify('RSA-SHA256').update(lines.join('') + unsignedSelf).verify(publicKey, tags.b, 'base64');
  if (!ok) throw new Error('DKIM signature does not verify');
  return signedNames;
}
