import { assertPublicHost, isPrivateAddress, literalAddress, publicOnlyLookup } from './webhook-address-policy';

describe('webhook address policy', () => {
  it.each([
    '127.0.0.1',
    '127.5.6.7',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('lets %s through', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('reads IP literals out of URL hostnames, IPv6 in brackets', () => {
    expect(literalAddress('[::1]')).toBe('::1');
    expect(literalAddress(new URL('http://2130706433/').hostname)).toBe('127.0.0.1');
    expect(literalAddress(new URL('http://0x7f.1/').hostname)).toBe('127.0.0.1');
    expect(literalAddress('example.com')).toBeNull();
  });

  it('refuses a name that resolves to loopback, naming the address', async () => {
    await expect(assertPublicHost('localhost')).rejects.toThrow(/localhost resolves to it/);
    await expect(assertPublicHost('[::ffff:169.254.169.254]')).rejects.toThrow(/non-public/);
  });

  it('refuses loopback in the connection lookup too, whether one or all addresses are asked for', async () => {
    const one = await new Promise<Error | null>((resolve) => publicOnlyLookup('localhost', {}, (error) => resolve(error)));
    expect(one?.message).toMatch(/non-public/);
    const all = await new Promise<Error | null>((resolve) => publicOnlyLookup('localhost', { all: true }, (error) => resolve(error)));
    expect(all?.message).toMatch(/non-public/);
  });
});
