import { blocks, deployment, indent, pod, webContainer } from '../../testing/manifests.js';

/**
 * Manifests for the topology rule tests. Constraints are written as an unindented YAML list and
 * placed under `topologySpreadConstraints`; the positions each builder produces are listed.
 */

/** A constraint that is valid and selects the `app: web` pods the builders create. */
export const ZONE_SPREAD = `- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: DoNotSchedule
  labelSelector:
    matchLabels: {app: web}`;

/** A pod spec with `field:` holding `body` (written unindented), before the containers. */
export function specWith(field: string, body: string): string {
  return blocks(`${field}:`, indent(body, 2), webContainer());
}

/** Pod `web` (labels app=web): the first constraint's `-` is on line 8, column 5; its keys are in column 7. */
export function spreadPod(constraints: string, labels = '{app: web}'): string {
  return pod(specWith('topologySpreadConstraints', constraints), { labels });
}

/** Deployment `web` with 3 replicas: the first constraint's `-` is on line 14, column 9; its keys are in column 11. */
export function spreadDeployment(constraints: string, options: { labels?: string; replicas?: number; strategy?: string } = {}): string {
  const fields = blocks(`replicas: ${options.replicas ?? 3}`, options.strategy ? `strategy: {type: ${options.strategy}}` : '');
  return deployment(specWith('topologySpreadConstraints', constraints), { fields, labels: options.labels });
}
