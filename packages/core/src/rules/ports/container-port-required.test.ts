import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './container-port-required.js';

const cronJob = (ports: string): string =>
  manifests.cronJob(
    `restartPolicy: OnFailure
containers:
  - name: report
    image: example/report:2.1
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'report', schedule: '0 3 * * *' },
  );

runRuleTests(rule, {
  valid: [{ name: 'every port has a number', code: cronJob('- {name: metrics, containerPort: 9090}') }],
  invalid: [
    {
      name: 'a named port without containerPort is located at the entry',
      code: cronJob('- name: metrics'),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort',
          line: 16,
          column: 19,
          message: 'no containerPort',
        },
      ],
    },
    {
      name: 'containerPort 0 is the same as absent',
      code: cronJob('- name: metrics\n  containerPort: 0'),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort',
          line: 17,
          column: 19,
          message: 'containerPort 0',
        },
      ],
    },
  ],
});
