import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './statefulset-spec-invalid.js';

const containers = manifests.webContainer();

runRuleTests(rule, {
  valid: [
    {
      name: 'a headless Service, claims deleted with the set, a partition',
      code: manifests.statefulSet(containers, {
        fields:
          'serviceName: web\npersistentVolumeClaimRetentionPolicy: {whenDeleted: Delete, whenScaled: Retain}\nupdateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 2}}',
      }),
    },
  ],
  invalid: [
    {
      name: 'a retention policy in lower case',
      code: manifests.statefulSet(containers, {
        fields: 'serviceName: web\npersistentVolumeClaimRetentionPolicy: {whenDeleted: delete}',
      }),
      errors: [
        { path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted', line: 7, column: 42, messageId: 'retention' },
      ],
      output: manifests.statefulSet(containers, {
        fields: 'serviceName: web\npersistentVolumeClaimRetentionPolicy: {whenDeleted: Delete}',
      }),
    },
    {
      name: 'a serviceName with a dot',
      code: manifests.statefulSet(containers, { fields: 'serviceName: web.internal' }),
      errors: [{ path: 'spec.serviceName', line: 6, column: 3, messageId: 'serviceName' }],
    },
    {
      name: 'a negative partition',
      code: manifests.statefulSet(containers, {
        fields: 'serviceName: web\nupdateStrategy: {type: RollingUpdate, rollingUpdate: {partition: -1}}',
      }),
      errors: [{ path: 'spec.updateStrategy.rollingUpdate.partition', line: 7, column: 57, messageId: 'partition' }],
    },
  ],
});
