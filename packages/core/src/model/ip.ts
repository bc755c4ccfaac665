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
 * A CIDR as the API server's lenient parser reads legacy fields (netutils.ParseCIDRSloppy): an
 * address and a prefix length that fits it. Releases from 1.36 refuse more (leading zeros, bits
 * set after the prefix in some fields); what every release refuses is what podlint claims.
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

/** The 16 bytes of an address (IPv4 as IPv4-mapped IPv6, as Go holds it), or undefined. */
export function ipBytes(text: string): number[] | undefined {
  if (isIPv4(text)) return [...Array<number>(10).fill(0), 0xff, 0xff, ...text.split('.').map(Number)];
  if (!isIPv6(text)) return undefined;
  let rest = text;
  const tail: number[] = [];
  const lastColon = rest.lastIndexOf(':');
  if (rest.slice(lastColon + 1).includes('.')) {
    tail.push(
      ...rest
        .slice(lastColon + 1)
        .split('.')
        .map(Number),
    );
    rest = rest.slice(0, lastColon + 1);
    if (rest.endsWith(':') && !rest.endsWith('::')) rest = rest.slice(0, -1);
  }
  const toBytes = (half: string): number[] =>
    half === '' ? [] : half.split(':').flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]);
  const halves = rest.split('::');
  const head = toBytes(halves[0] ?? '');
  const back = [...toBytes(halves[1] ?? ''), ...tail];
  return [...head, ...Array<number>(16 - head.length - back.length).fill(0), ...back];
}

/**
 * ValidateEndpointIP (pkg/apis/core/validation): what an address of an endpoint (or a Service's
 * external IP) may not be, in the API server's words; an unparsable address gets one message.
 */
export function endpointIPProblems(text: string): string[] {
  const bytes = ipBytes(text);
  if (!bytes) return ['must be a valid IP address'];
  const mapped = bytes.slice(0, 12).every((byte, i) => byte === (i >= 10 ? 0xff : 0));
  const problems: string[] = [];
  if (mapped) {
    const [a, b, c, d] = bytes.slice(12);
    if (a === 0 && b === 0 && c === 0 && d === 0) problems.push(`may not be unspecified (${text})`);
    if (a === 127) problems.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
    if (a === 169 && b === 254) problems.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
    if (a === 224 && b === 0 && c === 0)
      problems.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
    return problems;
  }
  if (bytes.every((byte) => byte === 0)) problems.push(`may not be unspecified (${text})`);
  if (bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15] === 1)
    problems.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
  if (bytes[0] === 0xfe && ((bytes[1] ?? 0) & 0xc0) === 0x80)
    problems.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0x0f) === 0x02)
    problems.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
  return problems;
}

/** IPv6 as netutils.IsIPv6String reads it: an IPv6 address that is not IPv4-mapped. */
export function isIPv6Only(text: string): boolean {
  const bytes = ipBytes(text);
  return bytes !== undefined && !isIPv4(text) && !bytes.slice(0, 12).every((byte, i) => byte === (i >= 10 ? 0xff : 0));
}

/** A CIDR read as the lenient parser reads it: its network bytes (16, IPv4 mapped), prefix length and family. */
export interface ParsedCIDR {
  readonly network: readonly number[];
  /** Bits of the 16-byte form (an IPv4 /24 is 120). */
  readonly bits: number;
  readonly ipv4: boolean;
}

export function parseCIDR(text: string): ParsedCIDR | undefined {
  if (!isCIDR(text)) return undefined;
  const slash = text.indexOf('/');
  const address = text.slice(0, slash);
  const bytes = ipBytes(address);
  if (!bytes) return undefined;
  const ipv4 = isIPv4(address);
  const bits = Number(text.slice(slash + 1)) + (ipv4 ? 96 : 0);
  return { network: maskBytes(bytes, bits), bits, ipv4 };
}

function maskBytes(bytes: readonly number[], bits: number): number[] {
  return bytes.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
}

/**
 * Whether `inner` is a strict subset of `outer`, as NetworkPolicy ipBlock.except must be of cidr:
 * inside it (same family) and with a longer prefix.
 */
export function isStrictSubnet(inner: ParsedCIDR, outer: ParsedCIDR): boolean {
  if (inner.ipv4 !== outer.ipv4 || inner.bits <= outer.bits) return false;
  const masked = maskBytes(inner.network, outer.bits);
  return masked.every((byte, i) => byte === outer.network[i]);
}

/** The IP family of a valid CIDR or address: 4 or 6. */
export function ipFamily(text: string): 4 | 6 | undefined {
  const address = text.includes('/') ? text.slice(0, text.indexOf('/')) : text;
  return isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
}

/** An address as Go's net.IP String() writes it: IPv4 dotted, IPv6 lower-case with the longest run of two or more zero groups (the first of equals) as `::`. */
export function canonicalIP(bytes: readonly number[]): string {
  if (bytes.slice(0, 12).every((byte, i) => byte === (i >= 10 ? 0xff : 0))) return bytes.slice(12).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0));
  let start = -1;
  let end = -1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > end - start) [start, end] = [i, j];
  }
  const hex = (part: number[]): string => part.map((group) => group.toString(16)).join(':');
  return start === -1 ? hex(groups) : `${hex(groups.slice(0, start))}::${hex(groups.slice(end))}`;
}

/**
 * IsValidIP (k8s.io/apimachinery/pkg/util/validation): the strict reading newer fields get, in the
 * API server's words; undefined when the address passes.
 */
export function strictIPProblem(text: string): string | undefined {
  const bytes = ipBytes(text);
  if (!bytes) return 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
  const lastColon = text.lastIndexOf(':');
  const dotted = text.slice(lastColon + 1).includes('.') ? text.slice(lastColon + 1) : undefined;
  if (dotted?.split('.').some((octet) => /^0\d/.test(octet))) return 'must not have leading 0s';
  if (!isIPv4(text) && bytes.slice(0, 12).every((byte, i) => byte === (i >= 10 ? 0xff : 0)))
    return 'must not be an IPv4-mapped IPv6 address';
  const canonical = canonicalIP(bytes);
  return text === canonical ? undefined : `must be in canonical form ("${canonical}")`;
}
