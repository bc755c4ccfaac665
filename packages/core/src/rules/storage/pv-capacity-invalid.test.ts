import { runRuleTests } from '../../../test/support/rule-tester.js';
import { volume } from '../../../test/fixtures/storage/manifests.js';
import rule from './pv-capacity-invalid.js';

const rest = 'accessModes: [ReadWriteOnce]\nnfs: {server: nfs.example.com, path: /exports/a}';

runRuleTests(rule, {
  valid: [
    { name: 'ten gibibytes', code: volume(`capacity: {storage: 10Gi}\n${rest}`) },
    { name: 'a fractional size', code: volume(`capacity: {storage: 1.5Gi}\n${rest}`) },
  ],
  invalid: [
    {
      name: 'an empty capacity',
      code: volume(`capacity: {}\n${rest}`),
      errors: [{ path: 'spec.capacity', line: 6, column: 3, messageId: 'empty' }],
      output: null,
    },
    {
      name: 'cpu beside storage',
      code: volume(`capacity:\n  storage: 10Gi\n  cpu: "1"\n${rest}`),
      errors: [
        { path: 'spec.capacity.cpu', line: 8, column: 5, messageId: 'otherResource', oracleField: 'spec.capacity' },
      ],
    },
    {
      name: 'a capitalised Storage',
      code: volume(`capacity:\n  Storage: 10Gi\n${rest}`),
      errors: [
        { path: 'spec.capacity', line: 6, column: 3, messageId: 'noStorage' },
        { path: 'spec.capacity.Storage', line: 7, column: 5, messageId: 'otherResource', oracleField: 'spec.capacity' },
      ],
    },
    {
      name: 'a zero size',
      code: volume(`capacity: {storage: "0"}\n${rest}`),
      errors: [
        {
          path: 'spec.capacity.storage',
          line: 6,
          column: 14,
          messageId: 'notPositive',
          oracleField: 'spec.capacity[storage]',
        },
      ],
    },
    {
      name: 'a negative size',
      code: volume(`capacity: {storage: -1Gi}\n${rest}`),
      errors: [
        {
          path: 'spec.capacity.storage',
          line: 6,
          column: 14,
          messageId: 'notPositive',
          oracleField: 'spec.capacity[storage]',
        },
      ],
    },
  ],
});
