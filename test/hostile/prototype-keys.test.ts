// Issue 19 item 9: names from the input that are also names of Object.prototype are ordinary names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type LintOptions } from '../../packages/core/src/engine/lint.js';
import { parseConfig } from '../../packages/core/src/config/config.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

/** Every place a name from the input is looked up: kind, apiVersion, group, labels, annotations, keys, names, ids. */
function everywhere(name: string): string {
  const key = JSON.stringify(name);
  return `apiVersion: v1
kind: ${key}
metadata:
  name: a
---
apiVersion: ${key}
kind: Pod
metadata:
  name: b
---
apiVersion: ${JSON.stringify(`${name}/v1`)}
kind: ${key}
metadata:
  name: c
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${key}
  namespace: ${key}
  labels: {${key}: x, app: web}
  annotations: {${key}: y, podlint.io/ignore: ${key}}
spec:
  selector: {matchLabels: {app: web, ${key}: x}}
  template:
    metadata:
      labels: {app: web, ${key}: x}
      annotations: {${key}: y}
    spec:
      nodeSelector: {${key}: a}
      containers:
      - name: ${key}
        image: nginx
        env: [{name: ${key}, value: x}]
        ports: [{name: ${key}, containerPort: 80}]
        resources: {limits: {${key}: "1"}, requests: {${key}: "1"}}
        readinessProbe: {httpGet: {port: ${key}}}
        ${key}: x
      topologySpreadConstraints:
      - {maxSkew: 1, topologyKey: ${key}, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {${key}: x}}, matchLabelKeys: [${key}]}
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - {topologyKey: ${key}, labelSelector: {matchExpressions: [{key: ${key}, operator: In, values: [x]}]}}
---
apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  selector: {${key}: x, app: web}
  ports: [{port: 80, targetPort: ${key}}]
---
apiVersion: example.com/v1
kind: ${key}
metadata:
  name: d
spec: {${key}: x}
`;
}

function crd(name: string): string {
  const key = JSON.stringify(name);
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: things.example.com
spec:
  group: example.com
  names: {kind: ${key}, plural: things, singular: thing, listKind: ThingList}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {${key}: {type: string}}}
`;
}

function internalErrors(options: LintOptions, text: string): string[] {
  return lint([{ file: 'a.yaml', text }], options)
    .files.flatMap((file) => file.findings)
    .filter((finding) => finding.ruleId === 'podlint/internal-error')
    .map((finding) => finding.message);
}

describe('prototype names in the input (item 9)', () => {
  for (const name of PROTOTYPE_NAMES) {
    it(`${name}: in every field, in --old, --crd and crds: — no internal error`, () => {
      const text = everywhere(name);
      assert.deepEqual(internalErrors({}, text), []);
      assert.deepEqual(internalErrors({ old: [{ file: 'old.yaml', text }] }, text), []);
      assert.deepEqual(
        internalErrors(
          {
            crds: [
              { file: 'crd.yaml', text: crd(name) },
              { file: 'x.yaml', text },
            ],
          },
          `${crd(name)}---\n${text}`,
        ),
        [],
      );
    });

    it(`${name}: the real findings of the file are kept`, () => {
      const text = `${everywhere(name)}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c, image: nginx, ports: [{containerPort: 80, protocol: tcp}]}]\n`;
      const ids = lint([{ file: 'a.yaml', text }]).files[0]?.findings.map((finding) => finding.ruleId) ?? [];
      assert.ok(ids.includes('ports/protocol-unsupported'), ids.join(', '));
    });

    it(`${name}: as a rule id or key in the config, a clear error`, () => {
      const { config, errors } = parseConfig('.podlint.yaml', `rules:\n  ${JSON.stringify(name)}: off\n`);
      assert.equal(config, undefined);
      assert.match(errors[0]?.message ?? '', /unknown rule id/);
      const top = parseConfig('.podlint.yaml', `${JSON.stringify(name)}: 1\n`);
      assert.equal(top.config, undefined);
      assert.ok(top.errors.length > 0);
    });
  }
});
