import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './container-policy-in-always-workload.js';

const deployment = (container: string): string => manifests.deployment(manifests.webContainer(container));

runRuleTests(rule, {
  valid: [
    { name: 'no container policy', code: deployment('') },
    { name: 'a container Always', code: deployment('restartPolicy: Always\n') },
  ],
  invalid: [
    {
      name: 'a container Never in a Deployment (accepted since 1.35)',
      code: deployment('restartPolicy: Never\n'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].restartPolicy',
          line: 15,
          column: 11,
          message: 'never replaces the pod',
        },
      ],
    },
    {
      name: 'OnFailure',
      code: deployment('restartPolicy: OnFailure\n'),
      errors: [
        { path: 'spec.template.spec.containers[0].restartPolicy', line: 15, column: 11, message: 'exits successfully' },
      ],
    },
  ],
});
