import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-selector-value-invalid.js';

const required = (requirement: string, kind = 'matchExpressions'): string =>
  manifests.pod(
    manifests.blocks(
      `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - ${kind}:\n            - ${requirement}`,
      manifests.webContainer(),
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'label values', code: required('{key: team, operator: In, values: [data-science, ml_v2, ""]}') },
    {
      name: 'a preferred term accepts any value',
      code: manifests.pod(
        manifests.blocks(
          'affinity:\n  nodeAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 1\n        preference:\n          matchExpressions:\n            - {key: team, operator: In, values: ["data science"]}',
          manifests.webContainer(),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a value with a space in a required term',
      code: required('{key: team, operator: In, values: ["data science"]}'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[0]',
          line: 11,
          column: 52,
          messageId: 'labelValue',
        },
      ],
      output: null,
    },
    {
      name: 'a node name with capitals',
      code: required('{key: metadata.name, operator: In, values: [Node-1]}', 'matchFields'),
      errors: [
        {
          path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values[0]',
          line: 11,
          column: 61,
          messageId: 'nodeName',
        },
      ],
    },
  ],
});
