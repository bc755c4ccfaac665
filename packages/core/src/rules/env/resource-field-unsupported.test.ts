import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './resource-field-unsupported.js';

const pod = (selector: string): string =>
  manifests.pod(manifests.webContainer(`env:\n  - name: VALUE\n    valueFrom:\n      resourceFieldRef: ${selector}`));

runRuleTests(rule, {
  valid: [
    { name: 'the memory limit in MiB', code: pod('{resource: limits.memory, divisor: 1Mi}') },
    { name: 'the cpu request in millicores', code: pod('{resource: requests.cpu, divisor: 1m}') },
    { name: 'a divisor written as 1000m is 1', code: pod('{resource: limits.cpu, divisor: 1000m}') },
    { name: 'huge pages', code: pod('{resource: limits.hugepages-2Mi}') },
  ],
  invalid: [
    {
      name: 'a resource that is not exposed',
      code: pod('{resource: limits.nvidia.com/gpu}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.resourceFieldRef.resource',
          line: 12,
          column: 32,
          messageId: 'resource',
        },
      ],
      output: null,
    },
    {
      name: 'a memory divisor that is not one unit',
      code: pod('{resource: limits.memory, divisor: 512Mi}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor',
          line: 12,
          column: 57,
          messageId: 'divisor',
        },
      ],
    },
    {
      name: 'a cpu divisor in kilo',
      code: pod('{resource: requests.cpu, divisor: 1k}'),
      errors: [
        {
          path: 'spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor',
          line: 12,
          column: 56,
          messageId: 'divisor',
        },
      ],
    },
  ],
});
