import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import {
  VOLUME_BASICS,
  claim,
  ephemeralClaim,
  storageObject,
  volume,
} from '../../../test/fixtures/storage/manifests.js';
import rule from './class-name-invalid.js';

const claimBasics = 'accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: 1Gi';
const nfs = 'nfs: {server: nfs.example.com, path: /exports/a}';
const csi = 'csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}';

runRuleTests(rule, {
  valid: [
    { name: 'a claim with a class', code: claim(`${claimBasics}\nstorageClassName: fast-ssd.example`) },
    { name: 'a claim asking for no class', code: claim(`${claimBasics}\nstorageClassName: ""`) },
    { name: 'a claim with an empty attributes class', code: claim(`${claimBasics}\nvolumeAttributesClassName: ""`) },
    { name: 'a volume with a class', code: volume(`${VOLUME_BASICS}\n${nfs}\nstorageClassName: slow`) },
    {
      name: 'a csi volume with an attributes class',
      code: volume(`${VOLUME_BASICS}\n${csi}\nvolumeAttributesClassName: gold`),
    },
    {
      name: 'before 1.34 the attributes class is dropped',
      code: volume(`${VOLUME_BASICS}\n${nfs}\nvolumeAttributesClassName: ""`),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'a claim with an upper-case class',
      code: claim(`${claimBasics}\nstorageClassName: Fast_SSD`),
      errors: [{ path: 'spec.storageClassName', line: 10, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'a claim with a slash in its attributes class',
      code: claim(`${claimBasics}\nvolumeAttributesClassName: gold/fast`),
      errors: [{ path: 'spec.volumeAttributesClassName', line: 10, column: 3, messageId: 'invalid' }],
    },
    {
      name: 'a volume with a space in its class',
      code: volume(`${VOLUME_BASICS}\n${nfs}\nstorageClassName: "fast ssd"`),
      errors: [{ path: 'spec.storageClassName', line: 9, column: 3, messageId: 'invalid' }],
    },
    {
      name: 'a volume with an empty attributes class',
      code: volume(`${VOLUME_BASICS}\n${csi}\nvolumeAttributesClassName: ""`),
      errors: [{ path: 'spec.volumeAttributesClassName', line: 9, column: 3, messageId: 'emptyAttributesClass' }],
    },
    {
      name: 'an nfs volume with an attributes class',
      code: volume(`${VOLUME_BASICS}\n${nfs}\nvolumeAttributesClassName: gold`),
      errors: [{ path: 'spec.csi', line: 5, column: 1, messageId: 'attributesNeedCsi' }],
    },
    {
      name: 'a StatefulSet claim template',
      code: manifests.statefulSet(manifests.webContainer(), {
        fields: `serviceName: web\nvolumeClaimTemplates:\n  - metadata: {name: data}\n    spec:\n${manifests.indent(`${claimBasics}\nstorageClassName: SSD`, 6)}`,
      }),
      errors: [
        { path: 'spec.volumeClaimTemplates[0].spec.storageClassName', line: 14, column: 9, messageId: 'invalid' },
      ],
    },
    {
      name: 'a CSIStorageCapacity without class',
      code: storageObject('CSIStorageCapacity', 'capacity: 10Gi', 'cap-a\n  namespace: kube-system'),
      errors: [{ path: 'storageClassName', line: 1, column: 1, messageId: 'capacityWithoutClass' }],
    },
    {
      name: 'a CSIStorageCapacity',
      code: storageObject(
        'CSIStorageCapacity',
        'storageClassName: Fast\ncapacity: 10Gi',
        'cap-a\n  namespace: kube-system',
      ),
      errors: [{ path: 'storageClassName', line: 6, column: 1, messageId: 'invalid' }],
    },
    {
      name: "an ephemeral volume's claim template",
      code: ephemeralClaim(`${claimBasics}\nstorageClassName: SSD`),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.storageClassName',
          line: 18,
          column: 13,
          messageId: 'invalid',
        },
      ],
    },
  ],
});
