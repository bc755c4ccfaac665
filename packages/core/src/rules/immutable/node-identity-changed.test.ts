import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-identity-changed.js';

/** Node `worker-1`: spec fields (column 3) from line 5. */
const node = (spec: string): string => `apiVersion: v1
kind: Node
metadata:
  name: worker-1
spec:
${spec}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'podCIDRs set where there were none',
      old: node('  unschedulable: false\n'),
      code: node('  podCIDRs: [10.244.1.0/24]\n'),
    },
    {
      name: 'podCIDRs alone changes while the stored podCIDR stays, and the singular field wins',
      old: node('  podCIDRs: [10.244.1.0/24]\n'),
      code: node('  podCIDRs: [10.244.9.0/24]\n'),
    },
    {
      name: 'the node is cordoned',
      old: node('  podCIDRs: [10.244.1.0/24]\n'),
      code: node('  podCIDRs: [10.244.1.0/24]\n  unschedulable: true\n'),
    },
  ],
  invalid: [
    {
      name: 'podCIDR and podCIDRs change',
      old: node('  podCIDR: 10.244.1.0/24\n  podCIDRs: [10.244.1.0/24]\n'),
      code: node('  podCIDR: 10.244.9.0/24\n  podCIDRs: [10.244.9.0/24]\n'),
      errors: [{ path: 'spec.podCIDRs', line: 7, column: 3, message: 'may not change podCIDR' }],
    },
    {
      name: 'providerID changes',
      old: node('  providerID: aws:///eu-west-1a/i-0abc\n'),
      code: node('  providerID: aws:///eu-west-1a/i-0def\n'),
      errors: [{ path: 'spec.providerID', line: 6, column: 3, message: 'cannot be modified once set' }],
    },
  ],
});
