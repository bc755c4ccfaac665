import { runRuleTests } from '../../../test/support/rule-tester.js';
import { VOLUME_BASICS, volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './pv-source-count.js';

const nfs = 'nfs: {server: nfs.example.com, path: /exports/a}';

runRuleTests(rule, {
  valid: [
    { name: 'one nfs source', code: volume(`${VOLUME_BASICS}\n${nfs}`) },
    { name: 'a null second source is unset', code: volume(`${VOLUME_BASICS}\n${nfs}\nhostPath: null`) },
    {
      name: 'flexVolume after another source is counted but not refused',
      code: volume(`${VOLUME_BASICS}\n${nfs}\nflexVolume: {driver: example.com/flex}`),
    },
  ],
  invalid: [
    {
      name: 'no source',
      code: volume(VOLUME_BASICS),
      errors: [{ path: 'spec', line: 5, column: 1, messageId: 'none' }],
      output: null,
    },
    {
      name: 'nfs and hostPath: the later in validation order is refused',
      code: volume(`${VOLUME_BASICS}\n${nfs}\nhostPath: {path: /data}`),
      errors: [{ path: 'spec.nfs', line: 8, column: 3, messageId: 'second' }],
    },
    {
      name: 'csi after local',
      code: volume(
        `${VOLUME_BASICS}\ncsi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}\nlocal: {path: /mnt/a}\nnodeAffinity:\n  required:\n    nodeSelectorTerms:\n    - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-1]}]`,
      ),
      errors: [{ path: 'spec.csi', line: 8, column: 3, messageId: 'second' }],
    },
    {
      name: 'cephfs is reported as cephFS',
      code: volume(`${VOLUME_BASICS}\n${nfs}\ncephfs: {monitors: [10.0.0.1:6789]}`),
      errors: [{ path: 'spec.cephfs', line: 9, column: 3, messageId: 'second', oracleField: 'spec.cephFS' }],
    },
  ],
});
