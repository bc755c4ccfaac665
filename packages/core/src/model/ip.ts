/**
 * IP addresses as the API server's lenient parser (netutils.ParseIPSloppy) reads them, written
 * here rather than taken from node:net: the CLI bundle must not import a network module.
 */

/** Four decimal octets up to 255; leading zeros are allowed, as the lenient parser allows them. */
export function isIPv4(text: string): boolean {
  const octets = text.split('.');
  return octets.length === 4 && octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255);
}

/** Eight groups of up to four hex digits, one `::` standing for at least one zero group, an IPv4 tail; no zone. */
export function isIPv6(text: string): boolean {
  if (!text.includes(':') || text.includes('%')) return false;
  let groups = 0;
  let rest = text;
  const lastColon = rest.lastIndexOf(':');
  const tail = rest.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    groups += 2;
    rest = rest.slice(0, lastColon + 1);
    // `::1.2.3.4` keeps its `::`; a single trailing `:` before the IPv4 tail is a separator.
    if (rest.endsWith(':') && !rest.endsWith('::')) rest = rest.slice(0, -1);
  }
  const halves = rest.split('::');
  if (halves.length > 2) return false;
  const counted = halves.map((half) => (half === '' ? [] : half.split(':')));
  if (!counted.every((parts) => parts.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group)))) return false;
  groups += counted.reduce((sum, parts) => sum + parts.length, 0);
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

export function isIP(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}

/**
 * A CIDR as the lenient parser (netutils.ParseCIDRSloppy) reads it: an IP address, "/", and a
 * prefix length within the address's bits. Stricter forms (no leading zeros, no bits past the
 * prefix) are not claimed.
 */
export function isCIDR(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash === -1) return false;
  const address = text.slice(0, slash);
  const prefix = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefix)) return false;
  if (isIPv4(address)) return Number(prefix) <= 32;
  return isIPv6(address) && Number(prefix) <= 128;
}

/** The IP family of a valid CIDR or address: 4 or 6. */
export function ipFamily(text: string): 4 | 6 | undefined {
  const address = text.includes('/') ? text.slice(0, text.indexOf('/')) : text;
  return isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
}
