import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './external-traffic-invalid.js';

const service = (fields: string): string => manifests.service(`${fields}selector: {app: web}\nports:\n  - port: 80`);

runRuleTests(rule, {
  valid: [
    { name: 'Local on a NodePort', code: service('type: NodePort\nexternalTrafficPolicy: Local\n') },
    {
      name: 'a health check port on a local LoadBalancer',
      code: service('type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 30100\n'),
    },
    {
      name: 'a ClusterIP Service with external IPs is reachable from outside',
      code: service('externalIPs: [192.0.2.10]\nexternalTrafficPolicy: Cluster\n'),
    },
    { name: 'healthCheckNodePort 0 means unset', code: service('healthCheckNodePort: 0\n') },
  ],
  invalid: [
    {
      name: 'a policy on a ClusterIP Service',
      code: service('externalTrafficPolicy: Local\n'),
      errors: [{ path: 'spec.externalTrafficPolicy', line: 6, column: 3, messageId: 'policyForbidden' }],
      output: null,
    },
    {
      name: 'a health check port on a NodePort',
      code: service('type: NodePort\nhealthCheckNodePort: 30100\n'),
      errors: [{ path: 'spec.healthCheckNodePort', line: 7, column: 3, messageId: 'healthCheckForbidden' }],
    },
    {
      name: 'a health check port on a LoadBalancer with the Cluster policy',
      code: service('type: LoadBalancer\nexternalTrafficPolicy: Cluster\nhealthCheckNodePort: 30100\n'),
      errors: [{ path: 'spec.healthCheckNodePort', line: 8, column: 3, messageId: 'healthCheckForbidden' }],
    },
    {
      name: 'a negative health check port',
      code: service('healthCheckNodePort: -1\n'),
      errors: [{ path: 'spec.healthCheckNodePort', line: 6, column: 3, messageId: 'healthCheckForbidden' }],
    },
  ],
});
