import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './disk-source-invalid.js';

const pod = (source: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer('volumeMounts:\n  - {name: data, mountPath: /data}'),
      `volumes:\n  - name: data\n    ${source}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'fc by target and lun', code: pod('fc: {targetWWNs: ["500a0982991b8dc5"], lun: 2}') },
    { name: 'fc by wwid', code: pod('fc: {wwids: ["3600508b400105e210000900000490000"]}') },
    { name: 'flocker by name', code: pod('flocker: {datasetName: db}') },
    {
      name: 'a shared azure disk by its blob URL',
      code: pod('azureDisk: {diskName: d1, diskURI: "https://acct.blob.core.windows.net/vhds/d1.vhd"}'),
    },
    { name: 'a GCE disk partition', code: pod('gcePersistentDisk: {pdName: disk-1, partition: 1}') },
  ],
  invalid: [
    {
      name: 'a managed azure disk named by a blob URL',
      code: pod('azureDisk: {diskName: d1, diskURI: "https://acct.blob.core.windows.net/vhds/d1.vhd", kind: Managed}'),
      errors: [{ path: 'spec.volumes[0].azureDisk.diskURI', line: 13, column: 33, messageId: 'azureUri' }],
    },
    {
      name: 'fc without a target',
      code: pod('fc: {fsType: ext4}'),
      errors: [{ path: 'spec.volumes[0].fc.targetWWNs', line: 13, column: 7, messageId: 'fcNone' }],
      output: null,
    },
    {
      name: 'fc with both',
      code: pod('fc: {targetWWNs: ["500a0982991b8dc5"], wwids: ["3600508b4"], lun: 1}'),
      errors: [{ path: 'spec.volumes[0].fc.targetWWNs', line: 13, column: 12, messageId: 'fcBoth' }],
    },
    {
      name: 'fc targets without a lun',
      code: pod('fc: {targetWWNs: ["500a0982991b8dc5"]}'),
      errors: [{ path: 'spec.volumes[0].fc.lun', line: 13, column: 7, messageId: 'fcLunRequired' }],
    },
    {
      name: 'flocker with both',
      code: pod('flocker: {datasetName: db, datasetUUID: 1f0d7a2e}'),
      errors: [{ path: 'spec.volumes[0].flocker', line: 13, column: 7, messageId: 'flockerBoth' }],
    },
    {
      name: 'flocker with a slash',
      code: pod('flocker: {datasetName: team/db}'),
      errors: [{ path: 'spec.volumes[0].flocker.datasetName', line: 13, column: 17, messageId: 'flockerSlash' }],
    },
    {
      name: 'an EBS partition over 255',
      code: pod('awsElasticBlockStore: {volumeID: vol-1, partition: 300}'),
      errors: [{ path: 'spec.volumes[0].awsElasticBlockStore.partition', line: 13, column: 47, messageId: 'range' }],
    },
    {
      name: 'flocker with a slash beside a null source, which is no source',
      code: pod('emptyDir: null\n    flocker: {datasetName: team/db}'),
      errors: [{ path: 'spec.volumes[0].flocker.datasetName', line: 14, column: 17, messageId: 'flockerSlash' }],
    },
  ],
});
