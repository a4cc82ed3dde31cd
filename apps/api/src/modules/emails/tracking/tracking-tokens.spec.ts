import { randomUUID } from 'crypto';
import { TrackingTokens } from './tracking-tokens';

describe('tracking tokens', () => {
  const tokens = new TrackingTokens(Buffer.from('a-secret-of-enough-length-123456'));
  const emailLogId = randomUUID();
  const linkId = randomUUID();

  it('round-trips each kind', () => {
    expect(tokens.verify('open', tokens.sign('open', { emailLogId }))).toEqual({ emailLogId });
    expect(tokens.verify('click', tokens.sign('click', { emailLogId, linkId }))).toEqual({ emailLogId, linkId });
    expect(tokens.verify('unsubscribe', tokens.sign('unsubscribe', { emailLogId }))).toEqual({ emailLogId });
    expect(tokens.verify('preferences', tokens.sign('preferences', { emailLogId }))).toEqual({ emailLogId });
  });

  it('keeps preference-centre and unsubscribe tokens apart (a link to the choices does not unsubscribe)', () => {
    expect(tokens.verify('unsubscribe', tokens.sign('preferences', { emailLogId }))).toBeNull();
    expect(tokens.verify('preferences', tokens.sign('unsubscribe', { emailLogId }))).toBeNull();
  });

  it('rejects a token of another kind, another secret, or with any byte changed', () => {
    const open = tokens.sign('open', { emailLogId });
    expect(tokens.verify('unsubscribe', open)).toBeNull();
    expect(new TrackingTokens(Buffer.from('another-secret-of-enough-length')).verify('open', open)).toBeNull();
    const bytes = Buffer.from(open, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const altered = Buffer.from(bytes);
      altered[i] ^= 1;
      expect(tokens.verify('open', altered.toString('base64url'))).toBeNull();
    }
  });

  it('rejects garbage without throwing', () => {
    for (const bad of ['', 'x', '!!!', 'a'.repeat(500), tokens.sign('open', { emailLogId }) + 'A']) {
      expect(tokens.verify('open', bad)).toBeNull();
    }
  });
});
