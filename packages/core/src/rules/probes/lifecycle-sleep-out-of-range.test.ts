import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './lifecycle-sleep-out-of-range.js';

const preStopSleep = (seconds: string): string => `lifecycle:\n  preStop:\n    sleep:\n      seconds: ${seconds}`;

runRuleTests(rule, {
  valid: [
    { name: 'sleep within the default grace period', code: pod(preStopSleep('5')) },
    {
      name: 'sleep equal to the grace period is accepted',
      code: pod(preStopSleep('10'), 'terminationGracePeriodSeconds: 10'),
    },
    { name: 'zero sleep on 1.37', code: pod(preStopSleep('0')) },
    { name: 'sleep without seconds is a zero sleep', code: pod('lifecycle:\n  postStart:\n    sleep: {}') },
    {
      name: 'zero sleep on 1.33 (oracle skipped: it judges 1.37 only)',
      code: pod(preStopSleep('0')),
      kubernetesVersion: '1.33',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'sleep longer than the default grace period of 30',
      code: pod(preStopSleep('45')),
      errors: [
        {
          path: 'spec.containers[0].lifecycle.preStop.sleep',
          line: 11,
          column: 11,
          message: 'must be non-negative and less than terminationGracePeriodSeconds (30)',
        },
      ],
      output: null,
    },
    {
      name: 'sleep longer than an explicit grace period in a Deployment',
      code: deployment(preStopSleep('30'), 'terminationGracePeriodSeconds: 10'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].lifecycle.preStop.sleep',
          line: 18,
          column: 15,
          message: 'at most 10s',
        },
      ],
    },
    {
      name: 'negative sleep',
      code: pod(preStopSleep('-1')),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop.sleep', line: 11, column: 11, message: 'negative' }],
    },
    {
      name: 'negative grace period of a Pod is treated as 1',
      code: pod(preStopSleep('2'), 'terminationGracePeriodSeconds: -1'),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop.sleep', line: 12, column: 11, message: '(1)' }],
    },
    {
      name: 'zero sleep on 1.32 (oracle skipped: it judges 1.37 only)',
      code: pod(preStopSleep('0')),
      kubernetesVersion: '1.32',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.containers[0].lifecycle.preStop.sleep',
          line: 11,
          column: 11,
          message: 'Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.',
        },
      ],
    },
  ],
});
