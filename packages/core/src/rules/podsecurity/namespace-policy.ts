import type { Resource } from '../../model/resource.js';
import { asObject } from '../../model/values.js';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

const LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];
const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/**
 * The enforce level of each namespace defined in the input, from its
 * `pod-security.kubernetes.io/enforce` label. A namespace that is not in the input has an unknown
 * level (the cluster's default, usually privileged), so it is absent here. An invalid label value
 * is left out too: the admission plugin's fallback for it is not a safe thing to promise.
 */
export function enforceLevels(resources: readonly Resource[]): Map<string, PodSecurityLevel> {
  const levels = new Map<string, PodSecurityLevel>();
  for (const resource of resources) {
    if (resource.group !== '' || resource.kind !== 'Namespace' || resource.version !== 'v1' || resource.name === undefined) continue;
    const value = asObject(asObject(resource.object.metadata)?.labels)?.[ENFORCE_LABEL];
    const level = LEVELS.find((candidate) => candidate === value);
    if (level) levels.set(resource.name, level);
  }
  return levels;
}

/** The namespace a pod or workload is created in: its own, else the `default` kubectl sends. */
export function namespaceOf(resource: Resource): string {
  return resource.namespace === undefined || resource.namespace === '' ? 'default' : resource.namespace;
}

/** Whether a namespace's level includes the baseline checks. */
export function enforcesBaseline(level: PodSecurityLevel | undefined): boolean {
  return level === 'baseline' || level === 'restricted';
}
