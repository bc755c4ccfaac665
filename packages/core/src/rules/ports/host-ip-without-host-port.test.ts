import { runRuleTests, type InvalidCase } from '../../testing/rule-tester.js';
import rule from './host-ip-without-host-port.js';
import { itSendsTheSameWarnings } from './oracle-warnings.js';

const job = (ports: string): string => `apiVersion: batch/v1
kind: Job
metadata:
  name: probe
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: probe
          image: busybox:1.36
          ports:
${ports}
`;

const invalid: InvalidCase[] = [
  {
    name: 'hostIP alone, printed as the API server prints the port',
    code: job('            - name: web\n              containerPort: 80\n              hostIP: 10.0.0.1'),
    errors: [{ path: 'spec.template.spec.containers[0].ports[0]', line: 13, column: 15, message: 'hostIP set without hostPort: {Name:web HostPort:0 ContainerPort:80 Protocol:TCP HostIP:10.0.0.1}' }],
  },
];

runRuleTests(rule, {
  valid: [
    { name: 'hostIP with a hostPort', code: job('            - {containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}') },
    { name: 'no hostIP', code: job('            - containerPort: 80') },
  ],
  invalid,
});
itSendsTheSameWarnings(rule, invalid);
