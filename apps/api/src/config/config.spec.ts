import express from 'express';
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
      trustedProxies: ['loopback'],
      loginAccountRateLimit: 30,
      webhookAllowPrivate: false,
      webhookTimeoutMs: 10_000,
      webhookRetryBaseMs: 5_000,
      webhookConcurrency: 1,
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
    [{ WEBHOOK_ALLOW_PRIVATE: 'yes please' }, /WEBHOOK_ALLOW_PRIVATE must be true or false/],
    [{ WEBHOOK_TIMEOUT_MS: '0' }, /WEBHOOK_TIMEOUT_MS must be a whole number from 100 to 60000, got "0"/],
    [{ LOGIN_ACCOUNT_RATE_LIMIT: '0' }, /LOGIN_ACCOUNT_RATE_LIMIT must be a whole number from 1 to 100000, got "0"/],
    [{ API_RATE_LIMIT: '0' }, /API_RATE_LIMIT must be a whole number from 1 to 1000000, got "0"/],
    [{ TRUSTED_PROXIES: 'garbage' }, /TRUSTED_PROXIES must be comma-separated IP addresses, CIDR subnets or loopback, linklocal, uniquelocal, got "garbage"/],
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

  describe('TRUSTED_PROXIES', () => {
    it('accepts the list forms of Express trust proxy, trimmed', () => {
      expect(loadConfig({ TRUSTED_PROXIES: ' loopback, uniquelocal ,linklocal' }).trustedProxies).toEqual(['loopback', 'uniquelocal', 'linklocal']);
      expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.1,172.18.0.0/16,fd00::/8,::1,192.168.0.0/255.255.0.0' }).trustedProxies).toEqual([
        '10.0.0.1',
        '172.18.0.0/16',
        'fd00::/8',
        '::1',
        '192.168.0.0/255.255.0.0',
      ]);
    });

    it('keeps the default loopback when empty', () => {
      expect(loadConfig({ TRUSTED_PROXIES: '' }).trustedProxies).toEqual(['loopback']);
      expect(loadConfig({ TRUSTED_PROXIES: '  ' }).trustedProxies).toEqual(['loopback']);
    });

    it.each([
      ['true', '"true" is none of these'],
      ['1', '"1" is none of these'],
      ['*', '"*" is none of these'],
      ['loopback,', 'an empty entry'],
      ['loopback uniquelocal', '"loopback uniquelocal" is none of these'],
      ['10.0.0.0/33', '"10.0.0.0/33" is none of these'],
      ['fd00::/129', '"fd00::/129" is none of these'],
      ['10.0.0.0/16/8', '"10.0.0.0/16/8" is none of these'],
      ['10.0.0.0/255.0.255.0', '"10.0.0.0/255.0.255.0" is none of these'],
      ['::1/255.0.0.0', '"::1/255.0.0.0" is none of these'],
      ['127.1', '"127.1" is none of these'],
      ['010.0.0.1', '"010.0.0.1" is none of these'],
      ['fe80::1%eth0', '"fe80::1%eth0" is none of these'],
      ['Loopback', '"Loopback" is none of these'],
    ])('rejects %j naming the variable and the entry', (value, why) => {
      expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(`TRUSTED_PROXIES must be`);
      expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(why);
    });

    it('admits only values Express itself compiles, so start-up never fails later in app.set', () => {
      const app = express();
      const { trustedProxies } = loadConfig({ TRUSTED_PROXIES: 'loopback,linklocal,uniquelocal,10.0.0.1,10.0.0.0/8,fd00::/8,::ffff:10.0.0.1,192.168.0.0/255.255.0.0' });
      expect(() => app.set('trust proxy', trustedProxies)).not.toThrow();
      const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
      expect(trust('10.1.2.3', 0)).toBe(true);
      expect(trust('203.0.113.9', 0)).toBe(false);
    });
  });
});
