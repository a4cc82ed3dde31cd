import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/corral',
      redisUrl: 'redis://127.0.0.1:6379',
      publicUrl: 'http://localhost:3000',
      role: 'all',
      sendRate: 0,
      dkim: undefined,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number from 1 to 65535, got "eighty"/],
    [{ ROLE: 'boss' }, /ROLE must be all, api or worker/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL is not a valid URL/],
    [{ SEND_RATE: '-1' }, /SEND_RATE must be a positive number/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required when NODE_ENV=production/],
    [{ DKIM_DOMAIN: 'example.com' }, /DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together/],
    [{ ALLOW_SIGNUP: 'maybe' }, /ALLOW_SIGNUP must be true or false/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('derives PUBLIC_URL from PORT and strips a trailing slash when given', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://crm.example.com/' }).publicUrl).toBe('https://crm.example.com');
  });

  it('turns escaped newlines of DKIM_PRIVATE_KEY into real ones (env files hold one line)', () => {
    const config = loadConfig({ DKIM_DOMAIN: 'example.com', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: 'line1\\nline2' });
    expect(config.dkim).toEqual({ domainName: 'example.com', keySelector: 's1', privateKey: 'line1\nline2' });
  });
});
