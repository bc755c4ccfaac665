import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './node-port-forbidden.js';

const service = (type: string): string =>
  manifests.service(`${type}selector: {app: web}\nports:\n  - port: 80\n    nodePort: 30080`);

runRuleTests(rule, {
  valid: [
    { name: 'NodePort', code: service('type: NodePort\n') },
    { name: 'LoadBalancer', code: service('type: LoadBalancer\n') },
    {
      name: 'nodePort 0 means unset',
      code: manifests.service('selector: {app: web}\nports:\n  - port: 80\n    nodePort: 0'),
    },
    {
      name: 'update: NodePort to ClusterIP keeping the nodePort, which the API server clears (dropTypeDependentFields)',
      old: service('type: NodePort\n'),
      code: service('type: ClusterIP\n'),
    },
  ],
  invalid: [
    {
      name: 'no type means ClusterIP',
      code: service(''),
      errors: [
        {
          path: 'spec.ports[0].nodePort',
          line: 9,
          column: 7,
          messageId: 'forbidden',
          message: 'the type when none is given',
        },
      ],
      output: null,
    },
    {
      name: 'explicit ClusterIP',
      code: service('type: ClusterIP\n'),
      errors: [{ path: 'spec.ports[0].nodePort', line: 10, column: 7, messageId: 'forbidden' }],
    },
    {
      name: 'update: NodePort to ClusterIP with a node port the old Service did not have is kept, and refused',
      old: service('type: NodePort\n'),
      code: service('type: ClusterIP\n').replace('30080', '30081'),
      errors: [{ path: 'spec.ports[0].nodePort', line: 10, column: 7, messageId: 'forbidden' }],
    },
  ],
});
