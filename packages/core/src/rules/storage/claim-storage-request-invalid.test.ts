import { runRuleTests } from '../../../test/support/rule-tester.js';
import { claim } from '../../../test/fixtures/storage/manifests.js';
import rule from './claim-storage-request-invalid.js';

runRuleTests(rule, {
  valid: [
    { name: 'ten gibibytes', code: claim('accessModes: [ReadWriteOnce]\nresources:\n  requests:\n    storage: 10Gi') },
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
  ],
});
