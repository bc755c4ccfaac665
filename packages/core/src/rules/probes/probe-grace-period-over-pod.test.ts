import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './probe-grace-period-over-pod.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'shorter than the default pod grace period',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  terminationGracePeriodSeconds: 10'),
    },
    {
      name: 'equal to an explicit pod grace period',
      code: pod(
        'startupProbe:\n  tcpSocket: {port: 8080}\n  terminationGracePeriodSeconds: 60',
        'terminationGracePeriodSeconds: 60',
      ),
    },
  ],
  invalid: [
    {
      name: 'liveness grace period above the default 30',
      code: pod('livenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  terminationGracePeriodSeconds: 120'),
      errors: [
        {
          path: 'spec.containers[0].livenessProbe.terminationGracePeriodSeconds',
          line: 11,
          column: 9,
          message: 'at most 30',
        },
      ],
      output: null,
    },
    {
      name: 'startup grace period above an explicit pod value in a Deployment',
      code: deployment(
        'startupProbe:\n  tcpSocket: {port: 8080}\n  terminationGracePeriodSeconds: 20',
        'terminationGracePeriodSeconds: 5',
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].startupProbe.terminationGracePeriodSeconds',
          line: 18,
          column: 13,
          message: '(5)',
        },
      ],
    },
  ],
});
