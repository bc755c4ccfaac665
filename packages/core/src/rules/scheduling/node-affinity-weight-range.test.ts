import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-affinity-weight-range.js';

const pod = (weight: string): string =>
  manifests.pod(
    manifests.blocks(
      `affinity:\n  nodeAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: ${weight}\n        preference:\n          matchExpressions: [{key: disktype, operator: In, values: [ssd]}]`,
      manifests.webContainer(),
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'weight 1', code: pod('1') },
    { name: 'weight 100', code: pod('100') },
  ],
  invalid: [
    {
      name: 'weight 0',
      code: pod('0'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
          line: 9,
          column: 11,
          messageId: 'range',
        },
      ],
      output: null,
    },
    {
      name: 'weight 101',
      code: pod('101'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
          line: 9,
          column: 11,
          messageId: 'range',
        },
      ],
    },
  ],
});
