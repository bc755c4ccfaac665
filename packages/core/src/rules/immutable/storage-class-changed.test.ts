import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './storage-class-changed.js';

/** StorageClass `fast`: top-level fields (column 1) from line 5; parameters entries at column 3. */
const storageClass = (fields: string): string => `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
${fields}`;

const GP = (type: string): string => `provisioner: ebs.csi.aws.com\nparameters:\n  type: ${type}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'allowVolumeExpansion is turned on',
      old: storageClass(GP('gp3')),
      code: storageClass(`${GP('gp3')}allowVolumeExpansion: true\n`),
    },
    {
      name: 'defaults written out',
      old: storageClass(GP('gp3')),
      code: storageClass(`${GP('gp3')}reclaimPolicy: Delete\nvolumeBindingMode: Immediate\n`),
    },
  ],
  invalid: [
    {
      name: 'a parameter changes (the server reports parameters)',
      old: storageClass(GP('gp2')),
      code: storageClass(`${GP('gp3')}allowVolumeExpansion: true\n`),
      errors: [{ path: 'parameters.type', line: 7, column: 3, message: '"gp2" → "gp3"', oracleField: 'parameters' }],
    },
    {
      name: 'the provisioner changes',
      old: storageClass(GP('gp3')),
      code: storageClass('provisioner: pd.csi.storage.gke.io\nparameters:\n  type: gp3\n'),
      errors: [{ path: 'provisioner', line: 5, column: 1, message: 'field is immutable' }],
    },
    {
      name: 'an empty reclaimPolicy is kept as written, not defaulted to Delete (a pointer: only an absent one is)',
      old: storageClass(GP('gp3')),
      code: storageClass(`${GP('gp3')}reclaimPolicy: ""\n`),
      errors: [{ path: 'reclaimPolicy', line: 8, column: 1, message: '"Delete" → ""' }],
    },
    {
      name: 'reclaimPolicy Retain against the default Delete',
      old: storageClass(GP('gp3')),
      code: storageClass(`${GP('gp3')}reclaimPolicy: Retain\n`),
      errors: [{ path: 'reclaimPolicy', line: 8, column: 1, message: '"Delete" → "Retain"' }],
    },
    {
      name: 'volumeBindingMode changes',
      old: storageClass(`${GP('gp3')}volumeBindingMode: Immediate\n`),
      code: storageClass(`${GP('gp3')}volumeBindingMode: WaitForFirstConsumer\n`),
      errors: [{ path: 'volumeBindingMode', line: 8, column: 1, message: 'delete and re-create the StorageClass' }],
    },
  ],
});
