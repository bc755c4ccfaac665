const SLOPPY_IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function isSloppyIPv4(value: string): boolean {
  const octets = SLOPPY_IPV4.exec(value);
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}

/** Go's IPv6 parsing: eight hex groups, or fewer around one `::` that stands for at least one; a trailing IPv4 counts as two. */
function isIPv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (half: string): string[] | undefined => (half === '' ? [] : half.split(':'));
  const groups = halves.flatMap((half) => groupsOf(half) ?? []);
  let count = 0;
  for (const [index, group] of groups.entries()) {
    if (index === groups.length - 1 && group.includes('.')) {
      if (!isSloppyIPv4(group)) return false;
      count += 2;
    } else if (HEX_GROUP.test(group)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

/**
 * Whether an address would parse at all in a legacy IP field (netutils.ParseIPSloppy): dotted IPv4,
 * leading zeros allowed, or IPv6 without a zone. From 1.36 the API server is stricter (no leading
 * zeros, no IPv4-mapped IPv6); podlint only reports what every release refuses. Written here rather
 * than with node:net, which the CLI bundle must not import (it stays offline by construction).
 */
export function isLegacyIP(value: string): boolean {
  return isSloppyIPv4(value) || isIPv6(value);
}

export const IP_REASON = 'must be a valid IP address (e.g. 10.9.8.7 or 2001:db8::ffff)';
