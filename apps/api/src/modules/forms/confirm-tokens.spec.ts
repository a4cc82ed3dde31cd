import { CONFIRM_TOKEN_TTL_MS, ConfirmTokens } from './confirm-tokens';

const ID = '3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('ConfirmTokens', () => {
  const tokens = new ConfirmTokens(Buffer.from('a secret of thirty-two bytes!!!!'));

  it('verifies its own token and gives the submission back', () => {
    expect(tokens.verify(tokens.sign(ID))).toEqual({ ok: true, submissionId: ID });
  });

  it('refuses a token past its seven days as expired', () => {
    const issued = Date.now();
    expect(tokens.verify(tokens.sign(ID, issued), issued + CONFIRM_TOKEN_TTL_MS - 5_000).ok).toBe(true);
    expect(tokens.verify(tokens.sign(ID, issued), issued + CONFIRM_TOKEN_TTL_MS + 5_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a changed byte, another secret and junk as invalid', () => {
    const token = tokens.sign(ID);
    const tampered = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    expect(tokens.verify(tampered)).toEqual({ ok: false, reason: 'invalid' });
    expect(new ConfirmTokens(Buffer.from('another secret')).verify(token)).toEqual({ ok: false, reason: 'invalid' });
    expect(tokens.verify('not a token')).toEqual({ ok: false, reason: 'invalid' });
    expect(tokens.verify(`${token}AA`)).toEqual({ ok: false, reason: 'invalid' });
  });
});
