import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-replacement-policy-invalid.js';

const pod = `restartPolicy: Never\n${manifests.webContainer()}`;
const policy = 'podFailurePolicy:\n  rules:\n    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}';

runRuleTests(rule, {
  valid: [
    {
      name: 'Failed with a pod failure policy',
      code: manifests.job(pod, { fields: `podReplacementPolicy: Failed\n${policy}` }),
    },
    {
      name: 'TerminatingOrFailed without one',
      code: manifests.job(pod, { fields: 'podReplacementPolicy: TerminatingOrFailed' }),
    },
  ],
  invalid: [
    {
      name: 'TerminatingOrFailed with a pod failure policy',
      code: manifests.job(pod, { fields: `podReplacementPolicy: TerminatingOrFailed\n${policy}` }),
      errors: [{ path: 'spec.podReplacementPolicy', line: 6, column: 3, messageId: 'failedOnly' }],
      output: manifests.job(pod, { fields: `podReplacementPolicy: Failed\n${policy}` }),
    },
  ],
});
