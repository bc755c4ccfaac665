import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject, type PlainObject } from '../../../model/values.js';

/** The pod's dnsConfig, when it is an object, with its path. */
export function dnsConfigOf(site: PodSpecSite): { config: PlainObject; path: FieldPath } | undefined {
  const config = asObject(site.spec.dnsConfig);
  return config ? { config, path: [...site.path, 'dnsConfig'] } : undefined;
}

export const DNS_CONFIG_SOURCE = {
  package: 'k8s.io/kubernetes/pkg/apis/core/validation',
  function: 'validatePodDNSConfig',
} as const;
