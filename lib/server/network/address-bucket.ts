import ipaddr from 'ipaddr.js';

/**
 * The unit a per-address limit counts: an IPv4 address (also when written IPv4-mapped, `::ffff:a.b.c.d`),
 * or an IPv6 address's /64. Providers hand each subscriber at least a /64, so one client can draw
 * billions of IPv6 addresses; limiting each alone would limit nothing. ipaddr.js is what proxy-addr
 * parses with, so both read an address the same way.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...network, 0, 0, 0, 0]).toString()}/64`;
}
