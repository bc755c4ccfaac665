import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './preserve-zero-annotation-forbidden.js';

const level = (annotations: string): string => `apiVersion: flowcontrol.apiserver.k8s.io/v1
kind: PriorityLevelConfiguration
metadata:
  name: batch-jobs
${annotations}spec:
  type: Limited
  limited:
    nominalConcurrencyShares: 0
    limitResponse: {type: Reject}
`;

runRuleTests(rule, {
  valid: [
    { name: 'zero shares without the annotation', code: level('') },
    { name: 'another annotation', code: level('  annotations: {team: batch}\n') },
  ],
  invalid: [
    {
      name: 'the v1beta3 annotation on a v1 object',
      code: level('  annotations:\n    flowcontrol.k8s.io/v1beta3-preserve-zero-concurrency-shares: ""\n'),
      errors: [{ path: 'metadata.annotations', line: 5, column: 3, messageId: 'forbidden' }],
      output: null,
    },
  ],
});
