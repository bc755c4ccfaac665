import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { claim, ephemeralClaim, volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './claim-access-modes-invalid.js';

const storage = 'resources:\n  requests:\n    storage: 1Gi';

runRuleTests(rule, {
  valid: [
    { name: 'ReadWriteOnce', code: claim(`accessModes: [ReadWriteOnce]\n${storage}`) },
    { name: 'ReadWriteOncePod alone', code: claim(`accessModes: [ReadWriteOncePod]\n${storage}`) },
    {
      name: 'a PersistentVolume without access modes is left to the schema rules',
      code: volume('capacity: {storage: 1Gi}\nnfs: {server: nfs.example.com, path: /a}'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'no access mode',
      code: claim(storage),
      errors: [{ path: 'spec.accessModes', line: 5, column: 1, messageId: 'required' }],
      output: null,
    },
    {
      name: 'ReadWriteOncePod with ReadWriteOnce',
      code: claim(`accessModes: [ReadWriteOncePod, ReadWriteOnce]\n${storage}`),
      errors: [{ path: 'spec.accessModes', line: 6, column: 3, messageId: 'oncePodMixed' }],
    },
    {
      name: 'a PersistentVolume with ReadWriteOncePod and ReadOnlyMany',
      code: volume(
        'capacity: {storage: 1Gi}\naccessModes: [ReadWriteOncePod, ReadOnlyMany]\nnfs: {server: nfs.example.com, path: /a}',
      ),
      errors: [{ path: 'spec.accessModes', line: 7, column: 3, messageId: 'oncePodMixed' }],
    },
    {
      name: 'a StatefulSet claim template without access modes',
      code: manifests.statefulSet(manifests.webContainer(), {
        fields: `serviceName: web\nvolumeClaimTemplates:\n  - metadata: {name: data}\n    spec:\n${manifests.indent(storage, 6)}`,
      }),
      errors: [{ path: 'spec.volumeClaimTemplates[0].spec.accessModes', line: 9, column: 7, messageId: 'required' }],
    },
    {
      name: "an ephemeral volume's claim template without access modes",
      code: ephemeralClaim(storage),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes',
          line: 13,
          column: 11,
          messageId: 'required',
        },
      ],
    },
    {
      name: "an ephemeral volume's claim template with ReadWriteOncePod and ReadWriteMany",
      code: ephemeralClaim(`accessModes: [ReadWriteOncePod, ReadWriteMany]\n${storage}`),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes',
          line: 14,
          column: 13,
          messageId: 'oncePodMixed',
        },
      ],
    },
  ],
});
