import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './host-port-used.js';

const workload = (kind: 'Deployment' | 'DaemonSet', ports: string, extra = ''): string =>
  manifests.appsWorkload(
    kind,
    manifests.blocks(
      extra,
      `containers:
  - name: nginx
    image: nginx:1.27
    ports:
${manifests.indent(ports, 6)}`,
    ),
    { name: 'ingress' },
  );

const pod = manifests.pod(
  `containers:
  - name: nginx
    image: nginx:1.27
    ports:
      - {containerPort: 80, hostPort: 80}`,
  { name: 'ingress' },
);

runRuleTests(rule, {
  valid: [
    { name: 'no hostPort', code: workload('Deployment', '- containerPort: 80') },
    { name: 'hostPort 0', code: workload('Deployment', '- {containerPort: 80, hostPort: 0}') },
    {
      name: 'a DaemonSet runs one pod per node anyway',
      code: workload('DaemonSet', '- {containerPort: 80, hostPort: 80}'),
    },
    { name: 'a bare Pod is not a template', code: pod },
  ],
  invalid: [
    {
      name: 'a Deployment binds hostPort 80',
      code: workload('Deployment', '- containerPort: 80\n  hostPort: 80'),
      errors: [
        {
          path: 'spec.template.spec.containers[0].ports[0].hostPort',
          line: 17,
          column: 15,
          message: 'no two pods of this Deployment',
        },
      ],
    },
  ],
});
