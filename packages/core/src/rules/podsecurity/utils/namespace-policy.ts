import type { Resource } from '../../../model/resource.js';
import { asObject } from '../../../model/values.js';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

const LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];
const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/**
 * The enforce level of each namespace defined in the same file as a pod, from its
 * `pod-security.kubernetes.io/enforce` label. A namespace that is not in the file has an unknown
 * level (the cluster's, usually privileged), so it is absent: the oracle, like `kubectl apply -f`
 * on one file, knows no more. An invalid label value is left out too: the admission plugin's
 * fallback for it is not a safe thing to promise.
 */
export function enforceLevels(resources: readonly Resource[]): Map<string, PodSecurityLevel> {
  const levels = new Map<string, PodSecurityLevel>();
  for (const resource of resources) {
    if (
      resource.group !== '' ||
      resource.kind !== 'Namespace' ||
      resource.version !== 'v1' ||
      resource.name === undefined
    )
      continue;
    const value = asObject(asObject(resource.object.metadata)?.labels)?.[ENFORCE_LABEL];
    const level = LEVELS.find((candidate) => candidate === value);
    if (level) levels.set(levelKey(resource.file, resource.name), level);
  }
  return levels;
}

/** The level that applies to a pod or workload: its namespace's (`default` when none is written), from its own file. */
export function levelFor(
  levels: ReadonlyMap<string, PodSecurityLevel>,
  resource: Resource,
): { namespace: string; level: PodSecurityLevel } | undefined {
  const namespace = resource.namespace === undefined || resource.namespace === '' ? 'default' : resource.namespace;
  const level = levels.get(levelKey(resource.file, namespace));
  return level === undefined ? undefined : { namespace, level };
}

function levelKey(file: string, namespace: string): string {
  return `${file}\u0000${namespace}`;
}

/** Whether a namespace's level includes the baseline checks. */
export function enforcesBaseline(level: PodSecurityLevel): boolean {
  return level === 'baseline' || level === 'restricted';
}
