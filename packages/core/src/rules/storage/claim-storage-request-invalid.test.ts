import { runRuleTests } from '../../../test/support/rule-tester.js';
import { claim, ephemeralClaim } from '../../../test/fixtures/storage/manifests.js';
import rule from './claim-storage-request-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'ten gibibytes', code: claim('accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: 10Gi') },
    {
      name: 'an ephemeral volume of one gibibyte',
      code: ephemeralClaim('accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: 1Gi'),
    },
  ],
  invalid: [
    {
      name: 'a limit but no request',
      code: claim('accessModes: [ReadWriteOnce]\nresources:\n  limits:\n    storage: 10Gi'),
      // The API server names the size spec.resources[storage], a path that is not in the manifest.
      errors: [
        {
          path: 'spec.resources.requests.storage',
          line: 7,
          column: 3,
          messageId: 'required',
          oracleField: 'spec.resources[storage]',
        },
      ],
      output: null,
    },
    {
      name: 'a zero size',
      code: claim('accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: "0"'),
      errors: [
        {
          path: 'spec.resources.requests.storage',
          line: 9,
          column: 7,
          messageId: 'notPositive',
          oracleField: 'spec.resources[storage]',
        },
      ],
    },
    {
      name: "an ephemeral volume's claim template with a zero size (validateEphemeralVolumeSource)",
      code: ephemeralClaim('accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: "0"'),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources.requests.storage',
          line: 17,
          column: 17,
          messageId: 'notPositive',
          oracleField: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]',
        },
      ],
    },
    {
      name: "an ephemeral volume's claim template without a size",
      code: ephemeralClaim('accessModes: [ReadWriteOnce]'),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources.requests.storage',
          line: 13,
          column: 11,
          messageId: 'required',
          oracleField: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]',
        },
      ],
    },
    {
      name: 'an ephemeral volume beside a null source: null is no second source, so the claim template is validated',
      code: ephemeralClaim('accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: "0"').replace(
        '      ephemeral:',
        '      hostPath: null\n      ephemeral:',
      ),
      errors: [
        {
          path: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources.requests.storage',
          line: 18,
          column: 17,
          messageId: 'notPositive',
          oracleField: 'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]',
        },
      ],
    },
  ],
});
