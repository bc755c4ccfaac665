import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './secret-ref-invalid.js';

const pod = (source: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer('volumeMounts:\n  - {name: data, mountPath: /data}'),
      `volumes:\n  - name: data\n    ${source}`,
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'a cinder secretRef with a name', code: pod('cinder: {volumeID: vol-1, secretRef: {name: openstack}}') },
    { name: 'a storageos volume without secretRef', code: pod('storageos: {volumeName: data}') },
    {
      name: 'a csi nodePublishSecretRef naming a Secret with dots',
      code: pod('csi: {driver: secrets-store.csi.k8s.io, nodePublishSecretRef: {name: vault.creds-1}}'),
    },
    { name: 'a csi driver with no secret', code: pod('csi: {driver: secrets-store.csi.k8s.io}') },
  ],
  invalid: [
    {
      name: 'a cinder secretRef without a name',
      code: pod('cinder: {volumeID: vol-1, secretRef: {}}'),
      errors: [{ path: 'spec.volumes[0].cinder.secretRef.name', line: 13, column: 33, messageId: 'nameRequired' }],
      output: null,
    },
    {
      name: 'a storageos secretRef with an empty name',
      code: pod('storageos: {volumeName: data, secretRef: {name: ""}}'),
      errors: [{ path: 'spec.volumes[0].storageos.secretRef.name', line: 13, column: 49, messageId: 'nameRequired' }],
    },
    {
      name: 'a csi nodePublishSecretRef without a name',
      code: pod('csi: {driver: secrets-store.csi.k8s.io, nodePublishSecretRef: {}}'),
      errors: [
        { path: 'spec.volumes[0].csi.nodePublishSecretRef.name', line: 13, column: 47, messageId: 'nameRequired' },
      ],
    },
    {
      name: 'a csi nodePublishSecretRef naming a Secret in capitals (reported at csi.name, as the API server does)',
      code: pod('csi: {driver: secrets-store.csi.k8s.io, nodePublishSecretRef: {name: Vault_Creds}}'),
      errors: [{ path: 'spec.volumes[0].csi.name', line: 13, column: 7, messageId: 'nameInvalid' }],
    },
    {
      name: 'a cinder secretRef without a name beside a null source, which is no source',
      code: pod('cinder: {volumeID: vol-1, secretRef: {}}\n    secret: null'),
      errors: [{ path: 'spec.volumes[0].cinder.secretRef.name', line: 13, column: 33, messageId: 'nameRequired' }],
    },
  ],
});
