import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-target-port-undeclared.js';

const service = (ports: string): string =>
  manifests.service(
    `selector: {app: api}
ports:
${manifests.indent(ports, 2)}`,
    { name: 'api' },
  );

const pod = (ports: string): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: api
    image: example/api:2.0`,
      manifests.indent(ports, 4),
    ),
    { name: 'api', labels: '{app: api}' },
  );

const { stream } = manifests;

runRuleTests(rule, {
  valid: [
    {
      name: 'targetPort is declared',
      code: stream(service('- {port: 80, targetPort: 8080}'), pod('ports:\n  - containerPort: 8080\n')),
    },
    {
      name: 'a pod that declares no ports is not judged',
      code: stream(service('- {port: 80, targetPort: 8080}'), pod('')),
    },
    {
      name: 'a defaulted targetPort equal to a declared port',
      code: stream(service('- port: 8080'), pod('ports:\n  - containerPort: 8080\n')),
    },
  ],
  invalid: [
    {
      name: 'port 80 without targetPort in front of an app on 8080',
      code: stream(service('- port: 80'), pod('ports:\n  - containerPort: 8080\n')),
      errors: [
        {
          path: 'spec.ports[0].targetPort',
          line: 8,
          column: 7,
          message: 'targetPort is unset, so it defaults to the port',
        },
      ],
    },
    {
      name: 'an explicit targetPort nobody declares',
      code: stream(service('- port: 80\n  targetPort: 8000'), pod('ports:\n  - containerPort: 8080\n')),
      errors: [{ path: 'spec.ports[0].targetPort', line: 9, column: 7, message: 'declare 8080' }],
    },
  ],
});
