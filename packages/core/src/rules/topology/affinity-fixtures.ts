import { indent } from '../probes/fixtures.js';

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
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      affinity:
${indent(affinity, 8)}
      containers:
        - name: web
          image: nginx:1.27
`;
}

/** Pod `web` with `affinity:` on line 7 (column 3); the body starts on line 8 at column 5. */
export function affinityPod(affinity: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  affinity:
${indent(affinity, 4)}
  containers:
    - name: web
      image: nginx:1.27
`;
}
