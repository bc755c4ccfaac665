import { runRuleTests } from '../../../test/support/rule-tester.js';
import { node } from '../../../test/fixtures/node/manifests.js';
import rule from './taint-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'one key with two effects',
      code: node(
        'taints:\n  - {key: dedicated, value: gpu, effect: NoSchedule}\n  - {key: dedicated, value: gpu, effect: NoExecute}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a value with a slash',
      code: node('taints:\n  - {key: dedicated, value: team/gpu, effect: NoSchedule}'),
      errors: [
        {
          path: 'spec.taints[0].value',
          line: 7,
          column: 24,
          messageId: 'value',
          oracleField: 'metadata.taints[0].value',
        },
      ],
      output: null,
    },
    {
      name: 'a key that is not a label name',
      code: node('taints:\n  - {key: -dedicated, effect: NoSchedule}'),
      errors: [
        { path: 'spec.taints[0].key', line: 7, column: 8, messageId: 'key', oracleField: 'metadata.taints[0].key' },
      ],
    },
    {
      name: 'the same key and effect twice',
      code: node(
        'taints:\n  - {key: dedicated, value: gpu, effect: NoSchedule}\n  - {key: dedicated, value: cpu, effect: NoSchedule}',
      ),
      errors: [
        { path: 'spec.taints[1]', line: 8, column: 7, messageId: 'duplicate', oracleField: 'metadata.taints[1]' },
      ],
    },
  ],
});
