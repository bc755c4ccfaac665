import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment, pod } from '../../../test/fixtures/probes/manifests.js';
import rule from './liveness-missing.js';

runRuleTests(rule, {
  valid: [
    { name: 'Deployment with a liveness probe', code: deployment('livenessProbe:\n  tcpSocket: {port: 8080}') },
    { name: 'bare Pods are not checked', code: pod('') },
  ],
  invalid: [
    {
      name: 'Deployment without a liveness probe',
      code: deployment('readinessProbe:\n  tcpSocket: {port: 8080}'),
      errors: [{ path: 'spec.template.spec.containers[0]', line: 13, column: 11, message: 'no liveness probe' }],
      output: null,
    },
  ],
});
