/**
 * Rules read untrusted manifests: wrong shapes on either side (a number where a mapping belongs,
 * a mapping where a list belongs, nulls in lists) must never make an immutable rule throw.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../packages/core/src/engine/lint.js';
import { immutableRules } from '../../packages/core/src/rules/immutable/index.js';

const KINDS: ReadonlyArray<[string, string]> = [
  ['v1', 'Pod'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['batch/v1', 'Job'],
  ['v1', 'Service'],
  ['v1', 'PersistentVolumeClaim'],
  ['v1', 'PersistentVolume'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding'],
  ['storage.k8s.io/v1', 'StorageClass'],
  ['storage.k8s.io/v1', 'CSINode'],
  ['v1', 'ResourceQuota'],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
];

const BODIES = [
  'spec: 7',
  'spec: null\ndata: [1, 2]\nimmutable: "yes"',
  'spec:\n  containers: {a: 1}\n  tolerations: x\n  schedulingGates: [null, 3]\n  selector: abc\n  volumeClaimTemplates: {}',
  'spec:\n  containers: [null, {name: 3, image: [1]}, 7]\n  initContainers: null\n  activeDeadlineSeconds: soon\n  template: [1]\n  ports: [null]\n  clusterIPs: {a: b}\n  resources: {requests: {storage: [1]}}',
  'metadata: null\nspec:\n  template: {spec: {containers: "x", affinity: 5}}\n  strategy: 5\n  updateStrategy: {type: 4, rollingUpdate: x}',
  'roleRef: [1]\nparameters: 5\nspec:\n  drivers: [null, {name: null}]\n  scopes: {a: 1}\n  nodeAffinity: 9\n  nfs: null',
];

describe('immutable rules on malformed objects', () => {
  for (const [apiVersion, kind] of KINDS) {
    it(`${kind}: no rule throws, whatever the shapes of old and new`, () => {
      for (const oldBody of BODIES) {
        for (const newBody of BODIES) {
          const text = (body: string): string =>
            `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n${body.replace(/^metadata: null\n/, '')}\n`;
          const result = lint([{ file: 'new.yaml', text: text(newBody) }], {
            onlyRules: immutableRules,
            old: [{ file: 'old.yaml', text: text(oldBody) }],
          });
          const internal = result.files
            .flatMap((file) => file.findings)
            .filter((finding) => finding.ruleId === 'podlint/internal-error');
          assert.deepEqual(
            internal.map((finding) => finding.message),
            [],
            `old:\n${oldBody}\nnew:\n${newBody}`,
          );
        }
      }
    });
  }
});
