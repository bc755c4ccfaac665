import { deployment, pod } from '../../testing/manifests.js';
import { specWith } from './fixtures.js';

/** A valid required anti-affinity term that keeps `app: web` pods on different nodes. */
export const HOST_ANTI_AFFINITY = `podAntiAffinity:
  requiredDuringSchedulingIgnoredDuringExecution:
    - topologyKey: kubernetes.io/hostname
      labelSelector:
        matchLabels: {app: web}`;

/** A valid preferred affinity term towards `app: cache` pods in the same zone. */
export const ZONE_AFFINITY = `podAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 50
      podAffinityTerm:
        topologyKey: topology.kubernetes.io/zone
        labelSelector:
          matchLabels: {app: cache}`;

/**
 * Deployment `web` with `affinity:` on line 13 (column 7); the affinity body is written
 * unindented and starts on line 14 at column 9.
 */
export function affinityDeployment(affinity: string): string {
  return deployment(specWith('affinity', affinity), { fields: 'replicas: 3' });
}

/** Pod `web` with `affinity:` on line 7 (column 3); the body starts on line 8 at column 5. */
export function affinityPod(affinity: string): string {
  return pod(specWith('affinity', affinity), { labels: '{app: web}' });
}
