import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './startup-success-threshold-not-one.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'absent successThreshold',
      code: pod('startupProbe:\n  httpGet: {path: /healthz, port: 8080}\n  failureThreshold: 30'),
    },
    {
      name: "a negative successThreshold is probes/negative-timing's",
      code: pod('startupProbe:\n  tcpSocket: {port: 8080}\n  successThreshold: -2'),
      oracle: 'reject',
    },
    {
      name: 'successThreshold 0 is defaulted to 1',
      code: pod('startupProbe:\n  tcpSocket: {port: 8080}\n  successThreshold: 0'),
    },
  ],
  invalid: [
    {
      name: 'successThreshold 2 is fixed to 1',
      code: deployment('startupProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 2 # two in a row'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].startupProbe.successThreshold',
          line: 17,
          column: 13,
          message: 'stops at its first success',
        },
      ],
      output: deployment(
        'startupProbe:\n  httpGet: {path: /healthz, port: 8080}\n  successThreshold: 1 # two in a row',
      ),
    },
  ],
});
