import { runRuleTests } from '../../../test/support/rule-tester.js';
import { storageObject } from '../../../test/fixtures/storage/manifests.js';
import rule from './csi-driver-spec-invalid.js';

const driver = (spec: string): string =>
  storageObject('CSIDriver', `spec:\n${spec.replace(/^/gm, '  ')}`, 'ebs.csi.aws.com');

runRuleTests(rule, {
  valid: [
    {
      name: 'a typical driver',
      code: driver('attachRequired: true\nfsGroupPolicy: File\nvolumeLifecycleModes: [Persistent]'),
    },
    {
      name: 'token requests with tokens in secrets',
      code: driver(
        'tokenRequests:\n- {audience: vault, expirationSeconds: 3600}\n- {audience: ""}\nserviceAccountTokenInSecrets: true',
      ),
    },
    { name: 'an update period of ten seconds', code: driver('nodeAllocatableUpdatePeriodSeconds: 10') },
    {
      name: 'before 1.35 a short update period is dropped',
      code: driver('nodeAllocatableUpdatePeriodSeconds: 1'),
      kubernetesVersion: '1.34',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'an unknown fsGroupPolicy',
      code: driver('fsGroupPolicy: Always'),
      errors: [{ path: 'spec.fsGroupPolicy', line: 6, column: 3, messageId: 'fsGroupPolicy' }],
      output: null,
    },
    {
      name: 'a lower-case lifecycle mode',
      code: driver('volumeLifecycleModes: [Persistent, ephemeral]'),
      errors: [
        {
          path: 'spec.volumeLifecycleModes[1]',
          line: 6,
          column: 38,
          messageId: 'lifecycleMode',
          oracleField: 'spec.volumeLifecycleModes',
        },
      ],
    },
    {
      name: 'two requests for one audience',
      code: driver('tokenRequests:\n- {audience: vault}\n- {audience: vault}'),
      errors: [{ path: 'spec.tokenRequests[1].audience', line: 8, column: 6, messageId: 'duplicateAudience' }],
    },
    {
      name: 'a five-minute token',
      code: driver('tokenRequests:\n- {audience: vault, expirationSeconds: 300}'),
      errors: [{ path: 'spec.tokenRequests[0].expirationSeconds', line: 7, column: 23, messageId: 'tokenTooShort' }],
    },
    {
      name: 'tokens in secrets without token requests',
      code: driver('serviceAccountTokenInSecrets: true'),
      errors: [{ path: 'spec.serviceAccountTokenInSecrets', line: 6, column: 3, messageId: 'secretsWithoutTokens' }],
    },
    {
      name: 'a one-second update period',
      code: driver('nodeAllocatableUpdatePeriodSeconds: 1'),
      errors: [{ path: 'spec.nodeAllocatableUpdatePeriodSeconds', line: 6, column: 3, messageId: 'updatePeriod' }],
    },
  ],
});
