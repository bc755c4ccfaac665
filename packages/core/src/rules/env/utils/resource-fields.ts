import { parseQuantity } from '../../../model/quantity.js';

export const RESOURCE_FIELD_RESOURCES: readonly string[] = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];
const HUGE_PAGES_PREFIXES = ['requests.hugepages-', 'limits.hugepages-'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

/** The divisors validateContainerResourceDivisor accepts for a resource, or undefined when it checks none. */
export function allowedDivisors(resourceName: string): readonly string[] | undefined {
  if (resourceName === 'limits.cpu' || resourceName === 'requests.cpu') return ['1m', '1'];
  if (
    RESOURCE_FIELD_RESOURCES.includes(resourceName) ||
    HUGE_PAGES_PREFIXES.some((prefix) => resourceName.startsWith(prefix))
  )
    return BYTE_DIVISORS;
  return undefined;
}

/** Whether a divisor equals one of the allowed ones by value (`1000m` is `1`), as the API server compares canonical forms. */
export function divisorAllowed(divisor: unknown, allowed: readonly string[]): boolean {
  const value = parseQuantity(divisor);
  if (!value) return true;
  if (value.numerator === 0n) return true;
  return allowed.some((candidate) => {
    const other = parseQuantity(candidate);
    return other !== undefined && value.numerator * other.denominator === other.numerator * value.denominator;
  });
}

export function resourceSupported(resourceName: string): boolean {
  return (
    RESOURCE_FIELD_RESOURCES.includes(resourceName) ||
    HUGE_PAGES_PREFIXES.some((prefix) => resourceName.startsWith(prefix))
  );
}
