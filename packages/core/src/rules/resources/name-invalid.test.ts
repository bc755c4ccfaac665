import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-invalid.js';

const pod = (resources: string): string =>
  manifests.pod(manifests.webContainer(`resources:\n${manifests.indent(resources, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'standard resources and an extended one',
      code: pod(
        'requests: {cpu: 100m, memory: 64Mi, ephemeral-storage: 1Gi}\nlimits: {nvidia.com/gpu: 1, hugepages-2Mi: 4Mi, memory: 64Mi}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a GPU without a domain (the API server writes the key in brackets)',
      code: pod('limits: {gpu: 1}'),
      errors: [
        {
          path: 'spec.containers[0].resources.limits.gpu',
          line: 10,
          column: 18,
          messageId: 'notStandard',
          oracleField: 'spec.containers[0].resources.limits[gpu]',
        },
      ],
      output: null,
    },
    {
      name: 'a name with a space',
      code: pod('requests: {"my resource": 1}'),
      errors: [
        { path: 'spec.containers[0].resources.requests[my resource]', line: 10, column: 20, messageId: 'notQualified' },
      ],
    },
  ],
});
