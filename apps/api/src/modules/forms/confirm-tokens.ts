import { createHmac, timingSafeEqual } from 'crypto';

/** Seven days: long enough for a weekend away, short enough that an old email is not a standing key. */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60_000;

const KIND = 0x46; // 'F': a byte no tracking token starts with, should the secrets ever be shared
const UUID_BYTES = 16;
const TIME_BYTES = 6;
const MAC_BYTES = 16;
const PAYLOAD_BYTES = 1 + UUID_BYTES + TIME_BYTES;

export type ConfirmTokenCheck = { ok: true; submissionId: string } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * The token of a double opt-in link: the submission's id and the link's expiry, followed by a
 * 128-bit HMAC-SHA256 over both (base64url), as tracking tokens are made. Nobody without the
 * secret can confirm another submission or stretch a link's life; an expired link is told apart
 * from a forged one only once its MAC is genuine.
 */
export class ConfirmTokens {
  constructor(private readonly secret: Buffer) {}

  sign(submissionId: string, now = Date.now()): string {
    const payload = Buffer.alloc(PAYLOAD_BYTES);
    payload[0] = KIND;
    Buffer.from(submissionId.replace(/-/g, ''), 'hex').copy(payload, 1);
    payload.writeUIntBE(Math.floor((now + CONFIRM_TOKEN_TTL_MS) / 1000), 1 + UUID_BYTES, TIME_BYTES);
    return Buffer.concat([payload, this.mac(payload)]).toString('base64url');
  }

  verify(token: string, now = Date.now()): ConfirmTokenCheck {
    if (typeof token !== 'string' || token.length > 100 || !/^[A-Za-z0-9_-]+$/.test(token)) return { ok: false, reason: 'invalid' };
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.toString('base64url') !== token || bytes.length !== PAYLOAD_BYTES + MAC_BYTES || bytes[0] !== KIND) return { ok: false, reason: 'invalid' };
    const payload = bytes.subarray(0, PAYLOAD_BYTES);
    if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), this.mac(payload))) return { ok: false, reason: 'invalid' };
    if (payload.readUIntBE(1 + UUID_BYTES, TIME_BYTES) * 1000 < now) return { ok: false, reason: 'expired' };
    const hex = payload.subarray(1, 1 + UUID_BYTES).toString('hex');
    return { ok: true, submissionId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest().subarray(0, MAC_BYTES);
  }
}
