import * as manifests from '../../../test/support/manifests.js';

/** Namespace team-a with an enforce level (lines 1-6), then `---`: the next document starts on line 8. */
export function namespace(level: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
    pod-security.kubernetes.io/enforce: ${level}
---
`;
}

/** A Pod in team-a after a Namespace of `level`: the pod spec starts on line 14, column 3. */
export function podIn(level: string, spec: string): string {
  return `${namespace(level)}apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: team-a
spec:
${manifests.indent(spec, 2)}
`;
}

/** A Deployment in team-a after a Namespace of `level`: the pod spec starts on line 20, column 7. */
export function deploymentIn(level: string, spec: string): string {
  return namespace(level) + manifests.deployment(spec).replace('  name: web\n', '  name: web\n  namespace: team-a\n');
}
