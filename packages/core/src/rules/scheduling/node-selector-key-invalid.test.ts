import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-selector-key-invalid.js';

const preferred = (requirement: string, kind = 'matchExpressions'): string =>
  manifests.pod(
    manifests.blocks(
      `affinity:\n  nodeAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 10\n        preference:\n          ${kind}:\n            - ${requirement}`,
      manifests.webContainer(),
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a prefixed label key',
      code: preferred('{key: node.kubernetes.io/instance-type, operator: In, values: [m5.large]}'),
    },
    {
      name: 'the node name field',
      code: preferred('{key: metadata.name, operator: NotIn, values: [node-1]}', 'matchFields'),
    },
  ],
  invalid: [
    {
      name: 'a label key with a space',
      code: preferred('{key: "instance type", operator: Exists}'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].key',
          line: 12,
          column: 18,
          messageId: 'labelKey',
        },
      ],
      output: null,
    },
    {
      name: 'a field other than metadata.name',
      code: preferred('{key: spec.unschedulable, operator: In, values: ["false"]}', 'matchFields'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchFields[0].key',
          line: 12,
          column: 18,
          messageId: 'fieldKey',
        },
      ],
    },
  ],
});
