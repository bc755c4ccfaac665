import { runRuleTests } from '../../../test/support/rule-tester.js';
import { limitRange, resourceQuota } from '../../../test/fixtures/quota/manifests.js';
import rule from './resource-name-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'standard and extended quota resources',
      code: resourceQuota(
        'hard:\n  requests.cpu: "4"\n  pods: "10"\n  requests.nvidia.com/gpu: "2"\n  count/deployments.apps: "5"',
      ),
    },
    {
      name: 'a PersistentVolumeClaim limit on storage',
      code: limitRange('type: PersistentVolumeClaim\nmax: {storage: 10Gi}'),
    },
  ],
  invalid: [
    {
      name: 'a made-up quota resource without a domain',
      code: resourceQuota('hard:\n  cpu-requests: "4"'),
      errors: [
        {
          path: 'spec.hard.cpu-requests',
          line: 8,
          column: 5,
          messageId: 'resourceName',
          oracleField: 'spec.hard[cpu-requests]',
        },
      ],
      output: null,
    },
    {
      name: 'storage is not a quota resource (requests.storage is)',
      code: resourceQuota('hard:\n  storage: 100Gi'),
      errors: [
        { path: 'spec.hard.storage', line: 8, column: 5, messageId: 'resourceName', oracleField: 'spec.hard[storage]' },
      ],
    },
    {
      name: 'a Container limit on a resource containers do not request',
      code: limitRange('type: Container\nmax: {pods: "2"}'),
      errors: [
        {
          path: 'spec.limits[0].max.pods',
          line: 9,
          column: 13,
          messageId: 'resourceName',
          oracleField: 'spec.limits[0].max[pods]',
        },
      ],
    },
    {
      name: 'a limit type in lower case',
      code: limitRange('type: container\nmax: {cpu: "2"}'),
      errors: [{ path: 'spec.limits[0].type', line: 8, column: 7, messageId: 'limitType' }],
    },
  ],
});
