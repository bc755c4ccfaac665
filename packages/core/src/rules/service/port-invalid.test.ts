import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './port-invalid.js';

/** A Service whose one port has these fields (from line 8, column 7). */
const service = (fields: string): string =>
  manifests.service(`selector: {app: web}\nports:\n  - port: 80\n${fields.replace(/^/gm, '    ')}`);

runRuleTests(rule, {
  valid: [
    { name: 'a named target port', code: service('name: http\ntargetPort: http-web\nappProtocol: kubernetes.io/h2c') },
    { name: 'a numbered target port', code: service('targetPort: 8080') },
    { name: 'targetPort 0 is defaulted to the port', code: service('targetPort: 0') },
    {
      name: 'nodePort 0 on a NodePort Service has one allocated',
      code: manifests.service('type: NodePort\nselector: {app: web}\nports:\n  - port: 80\n    nodePort: 0'),
    },
    {
      name: 'a nodePort in the default range',
      code: manifests.service('type: LoadBalancer\nselector: {app: web}\nports:\n  - port: 80\n    nodePort: 30080'),
    },
  ],
  invalid: [
    {
      name: 'a name with an underscore',
      code: service('name: http_metrics'),
      errors: [{ path: 'spec.ports[0].name', line: 9, column: 7, messageId: 'name' }],
      output: null,
    },
    {
      name: 'a port above 65535',
      code: manifests.service('selector: {app: web}\nports:\n  - port: 70000'),
      errors: [{ path: 'spec.ports[0].port', line: 8, column: 7, messageId: 'port' }],
    },
    {
      name: 'a negative nodePort on a NodePort Service',
      code: manifests.service('type: NodePort\nselector: {app: web}\nports:\n  - port: 80\n    nodePort: -2147483648'),
      errors: [{ path: 'spec.ports[0].nodePort', line: 10, column: 7, messageId: 'nodePort' }],
    },
    {
      name: 'a nodePort above 65535 on a LoadBalancer Service',
      code: manifests.service('type: LoadBalancer\nselector: {app: web}\nports:\n  - port: 80\n    nodePort: 70000'),
      errors: [{ path: 'spec.ports[0].nodePort', line: 10, column: 7, messageId: 'nodePort' }],
    },
    {
      name: 'a quoted number as targetPort is a name without a letter',
      code: service('targetPort: "8080"'),
      errors: [{ path: 'spec.ports[0].targetPort', line: 9, column: 7, messageId: 'targetPortName' }],
    },
    {
      name: 'a negative targetPort',
      code: service('targetPort: -1'),
      errors: [{ path: 'spec.ports[0].targetPort', line: 9, column: 7, messageId: 'targetPortNumber' }],
    },
    {
      name: 'an appProtocol with a trailing dash',
      code: service('appProtocol: http-'),
      errors: [{ path: 'spec.ports[0].appProtocol', line: 9, column: 7, messageId: 'appProtocol' }],
    },
  ],
});
