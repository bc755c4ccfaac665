import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-selector-values-mismatch.js';

const required = (requirement: string, kind = 'matchExpressions'): string =>
  manifests.pod(
    manifests.blocks(
      `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - ${kind}:\n            - ${requirement}`,
      manifests.webContainer(),
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'In with values',
      code: required('{key: topology.kubernetes.io/zone, operator: In, values: [eu-west-1a]}'),
    },
    { name: 'Exists without values', code: required('{key: gpu, operator: Exists}') },
    { name: 'Gt with one integer', code: required('{key: cores, operator: Gt, values: ["8"]}') },
    {
      name: 'matchFields on one node name',
      code: required('{key: metadata.name, operator: In, values: [node-1]}', 'matchFields'),
    },
  ],
  invalid: [
    {
      name: 'Exists with values',
      code: required('{key: gpu, operator: Exists, values: ["true"]}'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values',
          line: 11,
          column: 46,
          messageId: 'noValues',
        },
      ],
      output: null,
    },
    {
      name: 'In without values',
      code: required('{key: zone, operator: In, values: []}'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values',
          line: 11,
          column: 43,
          messageId: 'needValues',
        },
      ],
    },
    {
      name: 'Lt with two values',
      code: required('{key: cores, operator: Lt, values: ["4", "8"]}'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values',
          line: 11,
          column: 44,
          messageId: 'oneValue',
        },
      ],
    },
    {
      name: 'matchFields with two node names',
      code: required('{key: metadata.name, operator: In, values: [node-1, node-2]}', 'matchFields'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values',
          line: 11,
          column: 52,
          messageId: 'oneField',
        },
      ],
    },
  ],
});
