import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './lease-invalid.js';

const lease = (spec: string): string => `apiVersion: coordination.k8s.io/v1
kind: Lease
metadata:
  name: my-controller
  namespace: kube-system
spec:
${spec}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a held lease',
      code: lease('  holderIdentity: node-1\n  leaseDurationSeconds: 15\n  leaseTransitions: 0'),
    },
  ],
  invalid: [
    {
      name: 'a zero duration',
      code: lease('  leaseDurationSeconds: 0'),
      errors: [{ path: 'spec.leaseDurationSeconds', line: 7, column: 3, messageId: 'duration' }],
      output: null,
    },
    {
      name: 'negative transitions',
      code: lease('  leaseTransitions: -1'),
      errors: [{ path: 'spec.leaseTransitions', line: 7, column: 3, messageId: 'transitions' }],
    },
  ],
});
