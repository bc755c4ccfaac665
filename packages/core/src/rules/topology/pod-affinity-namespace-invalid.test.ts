import { runRuleTests } from '../../../test/support/rule-tester.js';
import { affinityDeployment, affinityPod, HOST_ANTI_AFFINITY } from '../../../test/fixtures/topology/affinity.js';
import rule from './pod-affinity-namespace-invalid.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'valid namespaces',
      code: affinityPod(`${HOST_ANTI_AFFINITY}\n      namespaces: [payments-prod, default]`),
    },
  ],
  invalid: [
    {
      name: 'upper case and underscore (the API server reports the singular namespace)',
      code: affinityDeployment(`${HOST_ANTI_AFFINITY}\n      namespaces: [default, Payments_Prod]`),
      errors: [
        {
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaces[1]',
          line: 19,
          column: 37,
          message: 'e.g. "payments-prod"',
          oracleField:
            'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace',
        },
      ],
      output: null,
    },
  ],
});
