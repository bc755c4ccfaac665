import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './lifecycle-tcp-socket-ignored.js';

runRuleTests(rule, {
  valid: [
    { name: 'tcpSocket probe is fine', code: pod('readinessProbe:\n  tcpSocket: {port: 8080}') },
    {
      name: 'sleep and exec hooks',
      code: pod('lifecycle:\n  postStart:\n    exec: {command: [/bin/warm]}\n  preStop:\n    sleep: {seconds: 5}'),
    },
  ],
  invalid: [
    {
      name: 'preStop tcpSocket in a Deployment',
      code: deployment('lifecycle:\n  preStop:\n    tcpSocket: {port: 8080}'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].lifecycle.preStop.tcpSocket',
          line: 17,
          column: 15,
          message: 'fails at runtime',
        },
      ],
      output: null,
    },
  ],
});
