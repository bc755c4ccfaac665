/**
 * Port numbers and names as the API server validates them, wherever a pod or Service refers to a
 * port: container ports, probe and lifecycle handlers, Service target ports.
 */

/** `IsValidPortNum`: an integer from 1 to 65535. */
export function isValidPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/**
 * `IsValidPortName` (apimachinery `pkg/util/validation`): an IANA service name, lower case only.
 * One message per failed test, in the API server's order, so messages read like its errors.
 */
export function portNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 15) problems.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name))
    problems.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) problems.push('must contain at least one letter (a-z)');
  if (name.includes('--')) problems.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) problems.push('must not begin or end with a hyphen');
  return problems;
}

export function isValidPortName(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && portNameProblems(value).length === 0;
}

/** A valid name close to `name`, when one obvious rewrite exists (`HTTP_Port` → `http-port`). */
export function suggestPortName(name: string): string | undefined {
  const candidate = name
    .toLowerCase()
    .replace(/[^-a-z0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (candidate === name || portNameProblems(candidate).length > 0) return undefined;
  return candidate;
}
