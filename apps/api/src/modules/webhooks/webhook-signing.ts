import { createHmac, randomBytes } from 'crypto';

const SECRET_PREFIX = 'whsec_';

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The `webhook-signature` header value of one attempt (Standard Webhooks): `v1,` + base64
 * HMAC-SHA256 of `${msgId}.${timestamp}.${body}` keyed with the base64-decoded secret.
 * `timestamp` is the attempt's `webhook-timestamp` in Unix seconds; `body` the exact bytes sent.
 */
export function signWebhook(secret: string, msgId: string, timestamp: number | string, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return 'v1,' + createHmac('sha256', key).update(`${msgId}.${timestamp}.${body}`).digest('base64');
}
