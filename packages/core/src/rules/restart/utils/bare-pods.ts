import type { PodSpecSite, Resource } from '../../../model/resource.js';
import { containersOf } from '../../../model/containers.js';
import { asArray, asObject } from '../../../model/values.js';

/**
 * A Pod created by hand: not owned by a controller (dumped live Pods carry ownerReferences) and
 * not a kubelet mirror of a static pod.
 */
export function isBarePod(resource: Resource): boolean {
  if (resource.kind !== 'Pod' || resource.group !== '') return false;
  const metadata = asObject(resource.object.metadata);
  if (asArray(metadata?.ownerReferences).length > 0) return false;
  return asObject(metadata?.annotations)?.['kubernetes.io/config.mirror'] === undefined;
}

/** Why a pod looks like a server: it declares ports or a readiness probe. `undefined` when it does not. */
export function serverEvidence(site: PodSpecSite): string | undefined {
  for (const container of containersOf(site, ['containers'])) {
    if (asArray(container.container.ports).length > 0) return 'it declares container ports';
    if (asObject(container.container.readinessProbe)) return 'it has a readiness probe';
  }
  return undefined;
}
