import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './container-port-out-of-range.js';

const statefulSet = (ports: string): string =>
  manifests.statefulSet(
    `containers:
  - name: postgres
    image: postgres:16
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'db' },
  );

runRuleTests(rule, {
  valid: [
    { name: 'the extremes 1 and 65535', code: statefulSet('- containerPort: 1\n- containerPort: 65535') },
    {
      name: 'beyond 32 bits the decoder refuses the number before validation',
      code: statefulSet('- containerPort: 123456789012345678901234567890'),
      oracle: 'reject',
    },
    {
      name: "an absent containerPort is not this rule's",
      code: statefulSet('- containerPort: 5432\n- name: other'),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'five digits too many',
      code: statefulSet('- containerPort: 70000'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].ports[0].containerPort',
          line: 17,
          column: 15,
          message: 'must be between 1 and 65535, inclusive',
        },
      ],
    },
    {
      name: 'negative',
      code: statefulSet('- containerPort: -5432'),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].containerPort', line: 17, column: 15 }],
    },
    {
      name: 'the smallest 32-bit integer still decodes, and is no port',
      code: statefulSet('- containerPort: -2147483648'),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].containerPort', line: 17, column: 15 }],
    },
  ],
});
