import { isIPv6 } from 'node:net';

const SLOPPY_IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Whether an address would parse at all in a legacy IP field (netutils.ParseIPSloppy): dotted IPv4,
 * leading zeros allowed, or IPv6 without a zone. From 1.36 the API server is stricter (no leading
 * zeros, no IPv4-mapped IPv6); podlint only reports what every release refuses.
 */
export function isLegacyIP(value: string): boolean {
  const v4 = SLOPPY_IPV4.exec(value);
  if (v4) return v4.slice(1).every((octet) => Number(octet) <= 255);
  return !value.includes('%') && isIPv6(value);
}

export const IP_REASON = 'must be a valid IP address (e.g. 10.9.8.7 or 2001:db8::ffff)';
