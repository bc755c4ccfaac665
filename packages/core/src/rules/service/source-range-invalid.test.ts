import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './source-range-invalid.js';

const service = (annotation: string, ranges = ''): string => `apiVersion: v1
kind: Service
metadata:
  name: web
${annotation === '' ? '' : `  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: "${annotation}"\n`}spec:
  type: LoadBalancer
  selector: {app: web}
${ranges}  ports:
    - port: 80
`;

runRuleTests(rule, {
  valid: [
    { name: 'annotation with two ranges', code: service('10.0.0.0/8, 192.168.0.0/16') },
    {
      name: 'IPv6 range in the field',
      code: service('', '  loadBalancerSourceRanges: ["2001:db8::/32", "203.0.113.0/24"]\n'),
    },
  ],
  invalid: [
    {
      name: 'an unexpanded variable in the annotation',
      code: service('$INBOUND_CIDRS'),
      errors: [
        {
          path: 'metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]',
          line: 6,
          column: 5,
          messageId: 'invalid',
          message: 'template variable',
        },
      ],
      output: null,
    },
    {
      name: 'an address without a prefix in the field',
      code: service('', '  loadBalancerSourceRanges: ["10.0.0.0/8", "192.168.1.1"]\n'),
      // The API server names the field with a capital L in this one message.
      errors: [
        {
          path: 'spec.loadBalancerSourceRanges[1]',
          line: 8,
          column: 44,
          messageId: 'invalid',
          oracleField: 'spec.LoadBalancerSourceRanges[1]',
        },
      ],
    },
    {
      name: 'an octet above 255',
      code: service('10.0.0.0/8,300.1.1.0/24'),
      errors: [
        { path: 'metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]', line: 6, column: 5 },
      ],
    },
  ],
});
