import { indent } from '../probes/fixtures.js';

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

/** Pod `web` (labels app=web): the first constraint's `-` is on line 8, column 5; its keys are in column 7. */
export function spreadPod(constraints: string, labels = '{app: web}'): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: ${labels}
spec:
  topologySpreadConstraints:
${indent(constraints, 4)}
  containers:
    - name: web
      image: nginx:1.27
`;
}

/** Deployment `web` with 3 replicas: the first constraint's `-` is on line 14, column 9; its keys are in column 11. */
export function spreadDeployment(constraints: string, options: { labels?: string; replicas?: number; strategy?: string } = {}): string {
  const labels = options.labels ?? '{app: web}';
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${options.replicas ?? 3}
  selector:
    matchLabels: {app: web}
${options.strategy ? `  strategy: {type: ${options.strategy}}\n` : ''}  template:
    metadata:
      labels: ${labels}
    spec:
      topologySpreadConstraints:
${indent(constraints, 8)}
      containers:
        - name: web
          image: nginx:1.27
`;
}
