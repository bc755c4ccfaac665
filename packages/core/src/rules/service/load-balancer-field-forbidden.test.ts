import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './load-balancer-field-forbidden.js';

const service = (fields: string): string => manifests.service(`${fields}selector: {app: web}\nports:\n  - port: 80`);

runRuleTests(rule, {
  valid: [
    {
      name: 'every field on a LoadBalancer',
      code: service(
        'type: LoadBalancer\nloadBalancerClass: example.com/lb\nallocateLoadBalancerNodePorts: false\nloadBalancerSourceRanges: [10.0.0.0/8]\n',
      ),
    },
    { name: 'an empty source range list', code: service('loadBalancerSourceRanges: []\n') },
    {
      name: 'update: LoadBalancer to ClusterIP leaving loadBalancerClass as it was: the API server clears it',
      old: service('type: LoadBalancer\nloadBalancerClass: example.com/lb\n'),
      code: service('type: ClusterIP\nloadBalancerClass: example.com/lb\n'),
    },
  ],
  invalid: [
    {
      name: 'loadBalancerClass without a type',
      code: service('loadBalancerClass: example.com/lb\n'),
      errors: [
        {
          path: 'spec.loadBalancerClass',
          line: 6,
          column: 3,
          messageId: 'forbidden',
          message: 'the type when none is given',
        },
      ],
      output: null,
    },
    {
      name: 'allocateLoadBalancerNodePorts on a NodePort',
      code: service('type: NodePort\nallocateLoadBalancerNodePorts: true\n'),
      errors: [{ path: 'spec.allocateLoadBalancerNodePorts', line: 7, column: 3, messageId: 'forbidden' }],
    },
    {
      name: 'source ranges on a ClusterIP Service (the API server names the field LoadBalancerSourceRanges)',
      code: service('type: ClusterIP\nloadBalancerSourceRanges: [10.0.0.0/8]\n'),
      errors: [
        {
          path: 'spec.loadBalancerSourceRanges',
          line: 7,
          column: 3,
          messageId: 'forbidden',
          oracleField: 'spec.LoadBalancerSourceRanges',
        },
      ],
    },
    {
      name: 'the source ranges annotation on a ClusterIP Service',
      code: service('').replace(
        '  name: web\n',
        '  name: web\n  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8\n',
      ),
      errors: [
        {
          path: 'metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]',
          line: 6,
          column: 5,
          messageId: 'forbidden',
        },
      ],
    },
  ],
});
