import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
import { probeRules } from '../../packages/core/src/rules/probes/index.js';

/** Manifests whose shapes the decoder would refuse: the rules must stay silent or report, never throw. */
const WRONG_SHAPES: Record<string, string> = {
  'spec is a number': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: 7\n',
  'containers is a map': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: {web: {image: x}}\n',
  'nulls and scalars in lists':
    'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [null, 3, {name: w, image: x, livenessProbe: 5, readinessProbe: [1], lifecycle: "x"}]\n  initContainers: [null, {name: i, restartPolicy: Always, startupProbe: {exec: 3}}]\n',
  'handlers of the wrong type': `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  terminationGracePeriodSeconds: "30"
  containers:
    - name: w
      image: x
      livenessProbe: {httpGet: {port: [80], scheme: 7, httpHeaders: {a: b}, host: 3}, successThreshold: "2", timeoutSeconds: null}
      readinessProbe: {grpc: {port: "9090", mode: 3}, exec: {command: "ls"}, terminationGracePeriodSeconds: "x"}
      startupProbe: {tcpSocket: null, exec: {command: null}, initialDelaySeconds: {}}
      lifecycle: {preStop: {sleep: {seconds: "5"}}, postStart: {httpGet: 1, tcpSocket: {port: {}}}, stopSignal: null}
  ephemeralContainers: {debug: {}}
`,
  'Deployment with a list template':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  replicas: "3"\n  template: []\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: [app]}\n',
};

describe('probe rules on wrong shapes', () => {
  for (const [name, text] of Object.entries(WRONG_SHAPES)) {
    it(name, () => {
      const findings = lint([{ file: 'shapes.yaml', text }], { onlyRules: probeRules }).files.flatMap(
        (file) => file.findings,
      );
      assert.deepEqual(
        findings.filter((finding) => finding.ruleId === 'podlint/internal-error').map((finding) => finding.message),
        [],
      );
    });
  }
});
