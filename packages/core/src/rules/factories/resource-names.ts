import { qualifiedNameErrors } from '../../schema/names.js';

/** helper.standardResources: names without a domain that resource lists may use. */
const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);

/** helper.standardQuotaResources: the same without `storage`. */
const STANDARD_QUOTA_RESOURCES = new Set([...STANDARD_RESOURCES].filter((name) => name !== 'storage'));

/** helper.integerResources: counted in whole objects. */
export const INTEGER_RESOURCES = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);

const CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

function isQuotaHugePages(name: string): boolean {
  return name.startsWith('hugepages-') || name.startsWith('requests.hugepages-');
}

/** helper.IsStandardQuotaResourceName. */
export function isStandardQuotaResource(name: string): boolean {
  return STANDARD_QUOTA_RESOURCES.has(name) || isQuotaHugePages(name);
}

/** helper.IsNativeResource: no domain, or one in kubernetes.io. */
function isNative(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** helper.IsExtendedResourceName: a domain other than kubernetes.io, still a qualified name once prefixed with `requests.`. */
export function isExtendedResource(name: string): boolean {
  return !isNative(name) && !name.startsWith('requests.') && qualifiedNameErrors(`requests.${name}`).length === 0;
}

/** What is wrong with a resource name, for people; empty when valid. */
export type ResourceNameUse = 'quota' | 'container' | 'other';

export function resourceNameProblems(name: string, use: ResourceNameUse): string[] {
  const reasons = qualifiedNameErrors(name);
  if (reasons.length > 0) return reasons;
  const qualified = name.includes('/');
  if (!qualified && !STANDARD_RESOURCES.has(name) && !isQuotaHugePages(name))
    return ['without a domain prefix it must be a standard resource (cpu, memory, pods, requests.storage…)'];
  if (use === 'quota' && !qualified && !STANDARD_QUOTA_RESOURCES.has(name) && !isQuotaHugePages(name))
    return ['it is not a resource a quota can track'];
  if (use === 'container') {
    if (!qualified && !CONTAINER_RESOURCES.has(name) && !name.startsWith('hugepages-'))
      return ['containers and pods only have cpu, memory, ephemeral-storage and hugepages-<size>'];
    if (qualified && !isNative(name) && !isExtendedResource(name))
      return ['it does not follow the extended resource name standard'];
  }
  return [];
}
