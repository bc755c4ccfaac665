import type { KubernetesVersion } from '../../../release/versions.js';
import { type ContainerSite, containersOf } from '../../../model/containers.js';
import type { FieldPath } from '../../../model/path.js';
import type { PodSpecSite } from '../../../model/resource.js';
import { asObject } from '../../../model/values.js';
import { containerRestartSupport, podRestartPolicy } from './restart-policy.js';

export interface NeverRestartedProbe {
  readonly container: ContainerSite;
  readonly probe: 'livenessProbe' | 'startupProbe';
  readonly path: FieldPath;
  /** Whether the container's own restartPolicy (1.35+) made it Never, rather than the pod's. */
  readonly containerLevel: boolean;
}

/**
 * Liveness and startup probes of containers that are never restarted: a failed probe kills the
 * container and nothing brings it back. Sidecars are always restarted and never count.
 */
export function neverRestartedProbes(site: PodSpecSite, version: KubernetesVersion): NeverRestartedProbe[] {
  const podPolicy = podRestartPolicy(site)?.value;
  const ownPolicies = containerRestartSupport(version) === 'validated';
  const out: NeverRestartedProbe[] = [];
  for (const container of containersOf(site, ['containers'])) {
    const own =
      ownPolicies && typeof container.container.restartPolicy === 'string'
        ? container.container.restartPolicy
        : undefined;
    if ((own ?? podPolicy) !== 'Never') continue;
    for (const probe of ['livenessProbe', 'startupProbe'] as const) {
      if (!asObject(container.container[probe])) continue;
      out.push({ container, probe, path: [...container.path, probe], containerLevel: own !== undefined });
    }
  }
  return out;
}
