import { isIPv4, isIPv6 } from 'net';

/**
 * The client a tracking hit is counted against. An IPv6 client is usually given a whole /64, so
 * keying by its full address would let one client rotate through 2^64 allowances: its /64 prefix
 * is the client. IPv4 (also written IPv4-mapped, `::ffff:1.2.3.4`) is keyed by the address.
 */
export function trackingClientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
