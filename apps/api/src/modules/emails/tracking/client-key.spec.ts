import { trackingClientKey } from './client-key';

describe('trackingClientKey', () => {
  it('keys an IPv4 client by its address, however it is written', () => {
    expect(trackingClientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(trackingClientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys every address of one IPv6 /64 as one client', () => {
    const a = trackingClientKey('2001:db8:85a3:12::1');
    expect(a).toBe('2001:db8:85a3:12::/64');
    expect(trackingClientKey('2001:0db8:85a3:0012:ffff:ffff:ffff:fffe')).toBe(a);
    expect(trackingClientKey('2001:DB8:85A3:12:abcd::9')).toBe(a);
  });

  it('tells neighbouring /64s and compressed prefixes apart', () => {
    expect(trackingClientKey('2001:db8:85a3:13::1')).toBe('2001:db8:85a3:13::/64');
    expect(trackingClientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(trackingClientKey('::1')).toBe('0:0:0:0::/64');
  });

  it('passes anything else through (an empty address from a closed socket)', () => {
    expect(trackingClientKey('')).toBe('');
  });
});
