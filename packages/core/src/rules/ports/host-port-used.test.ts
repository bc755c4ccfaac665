import { runRuleTests } from '../../testing/rule-tester.js';
import rule from './host-port-used.js';

const workload = (kind: string, ports: string, extra = ''): string => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ingress
spec:
  selector:
    matchLabels: {app: ingress}
  template:
    metadata:
      labels: {app: ingress}
    spec:
${extra}      containers:
        - name: nginx
          image: nginx:1.27
          ports:
${ports}
`;

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: ingress
spec:
  containers:
    - name: nginx
      image: nginx:1.27
      ports:
        - {containerPort: 80, hostPort: 80}
`;

runRuleTests(rule, {
  valid: [
    { name: 'no hostPort', code: workload('Deployment', '            - containerPort: 80') },
    { name: 'hostPort 0', code: workload('Deployment', '            - {containerPort: 80, hostPort: 0}') },
    { name: 'a DaemonSet runs one pod per node anyway', code: workload('DaemonSet', '            - {containerPort: 80, hostPort: 80}') },
    { name: 'a bare Pod is not a template', code: pod },
  ],
  invalid: [
    {
      name: 'a Deployment binds hostPort 80',
      code: workload('Deployment', '            - containerPort: 80\n              hostPort: 80'),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].hostPort', line: 17, column: 15, message: 'no two pods of this Deployment' }],
    },
  ],
});
