import { defineRule } from '../../engine/rule.js';
import { asObject, isSet, quoteList } from '../../model/values.js';
import { parseQuantity } from '../../model/quantity.js';
import { envVarName, envVarsOf } from './utils/env-vars.js';

export const RESOURCE_FIELD_RESOURCES: readonly string[] = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const HUGE_PAGES_PREFIXES = ['requests.hugepages-', 'limits.hugepages-'];
const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];

/** The divisors validateContainerResourceDivisor accepts for a resource, or undefined when it checks none. */
export function allowedDivisors(resourceName: string): readonly string[] | undefined {
  if (resourceName === 'limits.cpu' || resourceName === 'requests.cpu') return ['1m', '1'];
  if (RESOURCE_FIELD_RESOURCES.includes(resourceName) || HUGE_PAGES_PREFIXES.some((prefix) => resourceName.startsWith(prefix))) return BYTE_DIVISORS;
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
  return RESOURCE_FIELD_RESOURCES.includes(resourceName) || HUGE_PAGES_PREFIXES.some((prefix) => resourceName.startsWith(prefix));
}

export default defineRule({
  meta: {
    id: 'env/resource-field-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A resourceFieldRef must read requests or limits of cpu, memory, ephemeral-storage or huge pages, with a supported divisor.',
    help: [
      'An environment variable can hold one of its container\'s requests or limits (`valueFrom.resourceFieldRef`): `requests.cpu`, `limits.cpu`, `requests.memory`, `limits.memory`, `requests.ephemeral-storage`, `limits.ephemeral-storage`, or `requests.hugepages-<size>` / `limits.hugepages-<size>`. Anything else is refused (`Unsupported value`). The optional `divisor` scales the value: cpu accepts only `1` and `1m`; memory, storage and huge pages accept `1` and one unit of a suffix (`1Ki`, `1Mi`, `1G`, …).',
      '',
      'Bad:',
      '```yaml',
      'valueFrom:',
      '  resourceFieldRef: {resource: limits.memory, divisor: 512Mi}',
      '```',
      'Good:',
      '```yaml',
      'valueFrom:',
      '  resourceFieldRef: {resource: limits.memory, divisor: 1Mi}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validateContainerResourceFieldSelector, validateContainerResourceDivisor (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerResourceFieldSelector', type: 'NotSupported', field: 'resource' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerResourceDivisor', type: 'Invalid', field: 'divisor' },
    ],
    messages: {
      resource: 'resourceFieldRef of environment variable {{variable}} ({{owner}}) reads {{value}}, which is not a resource the downward API exposes, so the API server refuses the object (Unsupported value); use one of {{allowed}}, or requests.hugepages-<size> / limits.hugepages-<size>',
      divisor: 'resourceFieldRef of environment variable {{variable}} ({{owner}}) divides {{resource}} by {{value}}, which the API server refuses; the divisor must be one of {{allowed}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of envVarsOf(site)) {
          const selector = asObject(entry.valueFrom?.resourceFieldRef);
          // An empty resource is schema/required's finding.
          if (!selector || typeof selector.resource !== 'string' || selector.resource === '') continue;
          const path = [...entry.path, 'valueFrom', 'resourceFieldRef'];
          const base = { variable: envVarName(entry.envVar), owner: entry.owner };
          if (!resourceSupported(selector.resource)) {
            context.report({ resource, path: [...path, 'resource'], messageId: 'resource', data: { ...base, value: JSON.stringify(selector.resource), allowed: quoteList(RESOURCE_FIELD_RESOURCES) } });
          }
          const allowed = allowedDivisors(selector.resource);
          if (allowed && isSet(selector.divisor) && !divisorAllowed(selector.divisor, allowed)) {
            context.report({ resource, path: [...path, 'divisor'], messageId: 'divisor', data: { ...base, resource: selector.resource, value: JSON.stringify(selector.divisor), allowed: quoteList(allowed) } });
          }
        }
      },
    };
  },
});
