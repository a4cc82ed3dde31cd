import { createHmac, timingSafeEqual } from 'crypto';

export type TokenKind = 'open' | 'click' | 'unsubscribe' | 'preferences';

const KIND_BYTE: Record<TokenKind, number> = { open: 1, click: 2, unsubscribe: 3, preferences: 4 };
const MAC_BYTES = 16;
const UUID_BYTES = 16;

export interface TokenClaims {
  emailLogId: string;
  /** Only in click tokens: the campaign_link the email pointed to. */
  linkId?: string;
}

function uuidToBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Tokens in tracking and unsubscribe URLs: kind byte + email log id (+ link id for clicks),
 * followed by a 128-bit HMAC-SHA256 over those bytes, base64url-encoded. Nobody without the
 * secret can make a token for another email or another link, and changing any byte of a token
 * invalidates it; the token binds a click to a link that was in that very email, which is what
 * keeps click tracking from being an open redirect.
 */
export class TrackingTokens {
  constructor(private readonly secret: Buffer) {}

  sign(kind: TokenKind, claims: TokenClaims): string {
    const parts = [Buffer.from([KIND_BYTE[kind]]), uuidToBytes(claims.emailLogId)];
    if (kind === 'click') {
      if (!claims.linkId) throw new Error('a click token needs a link id');
      parts.push(uuidToBytes(claims.linkId));
    }
    const payload = Buffer.concat(parts);
    return Buffer.concat([payload, this.mac(payload)]).toString('base64url');
  }

  /** The claims of a genuine token of this kind, or null for anything else (never throws). */
  verify(kind: TokenKind, token: string): TokenClaims | null {
    if (typeof token !== 'string' || token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    // Base64 decoding ignores trailing junk; only the canonical spelling of the bytes is accepted.
    if (bytes.toString('base64url') !== token) return null;
    const payloadLength = 1 + UUID_BYTES + (kind === 'click' ? UUID_BYTES : 0);
    if (bytes.length !== payloadLength + MAC_BYTES || bytes[0] !== KIND_BYTE[kind]) return null;
    const payload = bytes.subarray(0, payloadLength);
    if (!timingSafeEqual(bytes.subarray(payloadLength), this.mac(payload))) return null;
    return {
      emailLogId: bytesToUuid(payload.subarray(1, 1 + UUID_BYTES)),
      ...(kind === 'click' && { linkId: bytesToUuid(payload.subarray(1 + UUID_BYTES)) }),
    };
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest().subarray(0, MAC_BYTES);
  }
}
