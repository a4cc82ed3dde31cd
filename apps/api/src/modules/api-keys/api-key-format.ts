import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/**
 * An API key is `crl_<prefix>_<secret>`: the prefix (8 base62 characters, about 48 bits) is shown
 * in lists and finds the key's row; the secret is 32 random bytes (256 bits) in base64url. With
 * that much entropy no slow password hash is needed: the stored hash is HMAC-SHA256 of the whole
 * key under a server secret (derived from JWT_SECRET), so a leaked table alone cannot be turned
 * into working keys, and checking a key costs microseconds on every request.
 */
const KEY_PATTERN = /^crl_([0-9A-Za-z]{8})_([0-9A-Za-z_-]{43})$/;
const PREFIX_LENGTH = 8;
const SECRET_BYTES = 32;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Whether a bearer token is meant as an API key (rather than a JWT), well-formed or not. */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('crl_');
}

/** The prefix of a well-formed key, or undefined. */
export function apiKeyPrefix(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

function randomPrefix(): string {
  // 248 is the largest multiple of 62 below 256: bytes above it are dropped so every character is equally likely.
  let prefix = '';
  while (prefix.length < PREFIX_LENGTH) {
    for (const byte of randomBytes(PREFIX_LENGTH * 2)) {
      if (byte < 248 && prefix.length < PREFIX_LENGTH) prefix += BASE62[byte % 62];
    }
  }
  return prefix;
}

export function generateApiKey(): { key: string; prefix: string } {
  const prefix = randomPrefix();
  return { key: `crl_${prefix}_${randomBytes(SECRET_BYTES).toString('base64url')}`, prefix };
}

/** The hashing secret, kept apart from the JWT signing key it is derived from. */
export function apiKeyHashSecret(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('corral api key hash v1').digest();
}

export function hashApiKey(secret: Buffer, key: string): Buffer {
  return createHmac('sha256', secret).update(key).digest();
}

/** Constant-time comparison of a presented key with a stored hash. */
export function apiKeyMatches(secret: Buffer, key: string, storedHash: Buffer): boolean {
  const hash = hashApiKey(secret, key);
  return hash.length === storedHash.length && timingSafeEqual(hash, storedHash);
}
