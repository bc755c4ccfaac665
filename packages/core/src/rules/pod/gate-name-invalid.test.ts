import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './gate-name-invalid.js';

const pod = (fields: string): string => manifests.pod(manifests.blocks(fields, manifests.webContainer()));

runRuleTests(rule, {
  valid: [
    {
      name: 'qualified names',
      code: pod(
        'readinessGates:\n  - conditionType: example.com/lb-ready\nschedulingGates:\n  - name: example.com/quota\n  - name: gpu',
      ),
    },
  ],
  invalid: [
    {
      name: 'a readiness gate without a conditionType',
      code: pod('readinessGates:\n  - {}'),
      errors: [{ path: 'spec.readinessGates[0].conditionType', line: 7, column: 7, messageId: 'readiness' }],
      output: null,
    },
    {
      name: 'a readiness condition with spaces',
      code: pod('readinessGates:\n  - conditionType: "example.com/lb ready"'),
      errors: [{ path: 'spec.readinessGates[0].conditionType', line: 7, column: 7, messageId: 'readiness' }],
      output: null,
    },
    {
      name: 'a scheduling gate twice and one with two slashes',
      code: pod('schedulingGates:\n  - name: example.com/quota\n  - name: example.com/quota\n  - name: a/b/c'),
      errors: [
        { path: 'spec.schedulingGates[1]', line: 8, column: 7, messageId: 'duplicate' },
        { path: 'spec.schedulingGates[2]', line: 9, column: 7, messageId: 'scheduling' },
      ],
    },
  ],
});
