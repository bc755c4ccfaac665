import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
import { topologyRules } from '../../packages/core/src/rules/topology/index.js';

/** Manifests whose shapes the decoder would refuse: the rules must stay silent or report, never throw. */
const WRONG_SHAPES: Record<string, string> = {
  'constraints is a map':
    'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: [x]}\nspec:\n  topologySpreadConstraints: {a: 1}\n  containers: [{name: w, image: x}]\n',
  'nulls and scalars in the list':
    'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  topologySpreadConstraints: [null, 1, "x", []]\n  containers: [{name: w, image: x}]\n',
  'fields of the wrong type': `apiVersion: apps/v1
kind: Deployment
metadata: {name: a}
spec:
  replicas: "2"
  strategy: 3
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: 1, tier: null}}
    spec:
      topologySpreadConstraints:
        - maxSkew: "1"
          topologyKey: 5
          whenUnsatisfiable: [DoNotSchedule]
          minDomains: "2"
          nodeAffinityPolicy: 1
          matchLabelKeys: {a: b}
          labelSelector: {matchLabels: [a], matchExpressions: {key: a}}
        - maxSkew: 1
          topologyKey: zone
          whenUnsatisfiable: DoNotSchedule
          matchLabelKeys: [1, null, app]
          labelSelector: {matchLabels: {app: 1}, matchExpressions: [null, {key: 3, operator: In, values: "a"}, {operator: 7, values: [1, null]}]}
      affinity:
        podAffinity: []
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution: {a: 1}
          preferredDuringSchedulingIgnoredDuringExecution: [null, {weight: "5", podAffinityTerm: 3}, {podAffinityTerm: {topologyKey: 4, labelSelector: 2, namespaceSelector: {matchExpressions: 1}}}]
      containers: [{name: w, image: x}]
`,
};

describe('topology rules on wrong shapes', () => {
  for (const [name, text] of Object.entries(WRONG_SHAPES)) {
    it(name, () => {
      const findings = lint([{ file: 'shapes.yaml', text }], { onlyRules: topologyRules }).files.flatMap(
        (file) => file.findings,
      );
      assert.deepEqual(
        findings.filter((finding) => finding.ruleId === 'podlint/internal-error').map((finding) => finding.message),
        [],
      );
    });
  }
});
