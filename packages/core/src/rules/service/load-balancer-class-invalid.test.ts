import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './load-balancer-class-invalid.js';

const service = (value: string): string =>
  manifests.service(`type: LoadBalancer\nloadBalancerClass: ${value}\nselector: {app: web}\nports:\n  - port: 80`);

runRuleTests(rule, {
  valid: [
    { name: 'a prefixed class', code: service('service.k8s.aws/nlb') },
    { name: 'a plain name', code: service('internal') },
  ],
  invalid: [
    {
      name: 'a trailing dash',
      code: service('example.com/internal-'),
      errors: [{ path: 'spec.loadBalancerClass', line: 7, column: 3, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'an empty class',
      code: service('""'),
      errors: [{ path: 'spec.loadBalancerClass', line: 7, column: 3, messageId: 'invalid' }],
    },
  ],
});
