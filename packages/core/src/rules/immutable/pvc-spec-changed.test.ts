import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pvc-spec-changed.js';

/** Claim `data`: spec fields (column 3) start at line 6, before accessModes and the storage request (its value column 16). */
const claim = (specFields = '', { storage = '10Gi', accessMode = 'ReadWriteOnce' } = {}): string => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
${specFields}  accessModes: [${accessMode}]
  resources:
    requests:
      storage: ${storage}
`;

const LIVE_BOUND = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  namespace: default
  uid: 2d7b9c1e-5f3a-4e8b-a1c2-9d8e7f6a5b4c
  resourceVersion: "5521"
  creationTimestamp: "2026-10-01T08:00:00Z"
  annotations:
    pv.kubernetes.io/bind-completed: "yes"
    volume.kubernetes.io/storage-provisioner: ebs.csi.aws.com
  finalizers: [kubernetes.io/pvc-protection]
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: standard
  volumeMode: Filesystem
  volumeName: pvc-2d7b9c1e
  resources:
    requests:
      storage: 10Gi
status:
  phase: Bound
  accessModes: [ReadWriteOnce]
  capacity:
    storage: 10Gi
`;

const SERVER_GIST = 'spec';

runRuleTests(rule, {
  valid: [
    {
      name: 'a bound claim grows (old read from the cluster; the oracle rejects: it stores the old claim through a create, which drops status.phase Bound)',
      old: LIVE_BOUND,
      code: claim('  storageClassName: standard\n', { storage: '20Gi' }),
      oracle: 'reject',
    },
    {
      name: 'a claim grows (old from a manifest, assumed Bound; the oracle sees an unbound claim and rejects)',
      old: claim(),
      code: claim('', { storage: '20Gi' }),
      oracle: 'reject',
    },
    { name: 'the same size written another way', old: claim(), code: claim('', { storage: '10240Mi' }) },
    { name: 'volumeName is set once', old: claim(), code: claim('  volumeName: pv-data\n') },
    { name: 'storageClassName is set where it was unset', old: claim(), code: claim('  storageClassName: standard\n') },
    { name: 'volumeMode written as its default', old: claim(), code: claim('  volumeMode: Filesystem\n') },
  ],
  invalid: [
    {
      name: 'accessModes change (the server reports spec with a diff)',
      old: claim(),
      code: claim('', { accessMode: 'ReadWriteMany' }),
      errors: [
        {
          path: 'spec.accessModes[0]',
          line: 6,
          column: 17,
          message: '"ReadWriteOnce" → "ReadWriteMany"',
          oracleField: SERVER_GIST,
        },
      ],
    },
    {
      name: 'a claim shrinks (podlint assumes it is Bound, the oracle sees it unbound and reports spec)',
      old: claim(),
      code: claim('', { storage: '5Gi' }),
      errors: [
        {
          path: 'spec.resources.requests.storage',
          line: 9,
          column: 7,
          message: 'volumes cannot shrink',
          oracleField: SERVER_GIST,
        },
      ],
    },
    {
      name: 'volumeMode changes (the server path has no spec. prefix)',
      old: claim(),
      code: claim('  volumeMode: Block\n'),
      errors: [
        { path: 'spec.volumeMode', line: 6, column: 3, message: '"Filesystem" → "Block"', oracleField: 'volumeMode' },
      ],
    },
    {
      name: 'storageClassName changes (the server reports spec with a diff)',
      old: claim('  storageClassName: standard\n'),
      code: claim('  storageClassName: fast\n'),
      errors: [
        { path: 'spec.storageClassName', line: 6, column: 3, message: '"standard" → "fast"', oracleField: SERVER_GIST },
      ],
    },
    {
      name: 'storageClassName is emptied against a bound claim (old read from the cluster; the server reports spec)',
      old: LIVE_BOUND,
      code: claim('  storageClassName: ""\n'),
      errors: [
        { path: 'spec.storageClassName', line: 6, column: 3, message: '"standard" → ""', oracleField: SERVER_GIST },
      ],
    },
    {
      name: 'an empty selector added (a claim’s selector is a pointer: {} is set)',
      old: claim(),
      code: claim('  selector: {}\n'),
      errors: [
        {
          path: 'spec.selector',
          line: 6,
          column: 3,
          message: 'spec.selector changes (unset) → {}',
          oracleField: SERVER_GIST,
        },
      ],
    },
  ],
});
