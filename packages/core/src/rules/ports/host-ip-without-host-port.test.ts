import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests, type InvalidCase } from '../../../test/support/rule-tester.js';
import rule from './host-ip-without-host-port.js';

const job = (ports: string): string =>
  manifests.job(
    `restartPolicy: Never
containers:
  - name: probe
    image: busybox:1.36
    ports:
${manifests.indent(ports, 6)}`,
    { name: 'probe' },
  );

const invalid: InvalidCase[] = [
  {
    name: 'hostIP alone, printed as the API server prints the port',
    code: job('- name: web\n  containerPort: 80\n  hostIP: 10.0.0.1'),
    errors: [
      {
        path: 'spec.template.spec.containers[0].ports[0]',
        line: 13,
        column: 15,
        message: 'hostIP set without hostPort: {Name:web HostPort:0 ContainerPort:80 Protocol:TCP HostIP:10.0.0.1}',
      },
    ],
  },
];

runRuleTests(rule, {
  valid: [
    { name: 'hostIP with a hostPort', code: job('- {containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}') },
    { name: 'no hostIP', code: job('- containerPort: 80') },
  ],
  invalid,
});
itSendsTheSameWarnings(rule, invalid);
