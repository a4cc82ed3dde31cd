import { BlockList, isIP } from 'net';
import { lookup as dnsLookup, LookupAddress } from 'dns';
import type { LookupFunction } from 'net';

/**
 * Addresses a webhook must never reach unless WEBHOOK_ALLOW_PRIVATE=true: the machine itself, the
 * private networks beside it and cloud metadata (169.254.169.254), so that whoever can save an
 * endpoint cannot make Corral call its neighbours (SSRF). BlockList also matches IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`, `::ffff:7f00:1`) against the IPv4 ranges.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible form (::127.0.0.1)
  ['64:ff9b::', 96], // NAT64: would reach any IPv4 address, private ones included
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001::', 32], // Teredo, which embeds an IPv4 address
  ['2001:db8::', 32],
  ['2002::', 16], // 6to4, which embeds an IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for an IP address a webhook may not reach by default. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL's hostname as an IP address when it is one (`[::1]` → `::1`), else null. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

export class RefusedAddressError extends Error {}

function refusal(hostname: string, address: string): RefusedAddressError {
  const via = hostname === address ? '' : ` (${hostname} resolves to it)`;
  return new RefusedAddressError(`${address}${via} is a loopback, private or otherwise non-public address`);
}

/**
 * Resolves `hostname` (every address it has) and refuses it when any is non-public: a name that
 * mixes a public and a private address could be answered either way at connection time.
 */
export async function assertPublicHost(hostname: string): Promise<void> {
  const literal = literalAddress(hostname);
  if (literal) {
    if (isPrivateAddress(literal)) throw refusal(literal, literal);
    return;
  }
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, found) => (error ? reject(error) : resolve(found))),
  ).catch((error: NodeJS.ErrnoException) => {
    throw new RefusedAddressError(`${hostname} does not resolve (${error.code ?? error.message})`);
  });
  const bad = addresses.find((entry) => isPrivateAddress(entry.address));
  if (bad) throw refusal(hostname, bad.address);
}

/**
 * A `lookup` for http.request that resolves and checks in one step, so the connection goes to the
 * address that was checked: a name re-pointed at 127.0.0.1 between a check and the connect (DNS
 * rebinding) is refused, not followed. Node calls it with `all: true` when it may try several
 * addresses (autoSelectFamily), else expects one.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true, verbatim: true }, (error, found) => {
    if (error) return callback(error, '', 0);
    const addresses = found as LookupAddress[];
    const bad = addresses.find((entry) => isPrivateAddress(entry.address));
    if (bad) return callback(refusal(hostname, bad.address) as NodeJS.ErrnoException, '', 0);
    if (!addresses.length) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
