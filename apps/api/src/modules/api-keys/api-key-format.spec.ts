import { apiKeyHashSecret, apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey, looksLikeApiKey } from './api-key-format';

describe('api-key-format', () => {
  const secret = apiKeyHashSecret('test-secret-that-is-long-enough');

  it('generates keys of the documented form whose prefix is read back', () => {
    const { key, prefix } = generateApiKey();
    expect(key).toMatch(/^crl_[0-9A-Za-z]{8}_[0-9A-Za-z_-]{43}$/);
    expect(apiKeyPrefix(key)).toBe(prefix);
    expect(looksLikeApiKey(key)).toBe(true);
  });

  it('never repeats a key or a prefix in a thousand draws', () => {
    const keys = Array.from({ length: 1000 }, generateApiKey);
    expect(new Set(keys.map((k) => k.key)).size).toBe(1000);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(1000);
  });

  it('matches only the key that was hashed, under the same secret', () => {
    const { key } = generateApiKey();
    const stored = hashApiKey(secret, key);
    expect(apiKeyMatches(secret, key, stored)).toBe(true);
    expect(apiKeyMatches(secret, key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'), stored)).toBe(false);
    expect(apiKeyMatches(apiKeyHashSecret('another-secret-long-enough'), key, stored)).toBe(false);
    expect(apiKeyMatches(secret, key, Buffer.alloc(3))).toBe(false);
  });

  it('refuses malformed keys and does not take a JWT for a key', () => {
    expect(apiKeyPrefix('crl_short_x')).toBeUndefined();
    expect(apiKeyPrefix(`crl_abcdefgh_${'a'.repeat(42)}`)).toBeUndefined();
    expect(looksLikeApiKey('eyJhbGciOiJIUzI1NiJ9.e30.sig')).toBe(false);
  });
});
