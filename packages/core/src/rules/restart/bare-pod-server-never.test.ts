import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './bare-pod-server-never.js';

const pod = (policy: string, container: string, labels = 'app: web'): string =>
  manifests.pod(
    manifests.blocks(
      `restartPolicy: ${policy}
containers:
  - name: web
    image: example/web:1.0`,
      manifests.indent(container, 4),
    ),
    { labels: `{${labels}}` },
  );

const service = manifests.service(`selector: {app: web}
ports:
  - port: 80
    targetPort: 8080`);

runRuleTests(rule, {
  valid: [
    { name: 'a server that restarts', code: pod('Always', 'ports:\n  - containerPort: 8080\n') },
    { name: 'a one-off task with Never', code: pod('Never', 'command: [sh, -c, "echo done"]\n') },
    {
      name: 'a Service that selects other pods',
      code: `${pod('Never', '')}---\n${service.replace('{app: web}', '{app: api}')}`,
    },
  ],
  invalid: [
    {
      name: 'a Pod with ports and Never',
      code: pod('Never', 'ports:\n  - containerPort: 8080\n'),
      errors: [{ path: 'spec.restartPolicy', line: 7, column: 3, message: 'it declares container ports' }],
    },
    {
      name: 'a Pod with a readiness probe and OnFailure',
      code: pod('OnFailure', 'readinessProbe:\n  httpGet: {path: /ready, port: 8080}\n'),
      errors: [{ path: 'spec.restartPolicy', line: 7, column: 3, message: 'a clean exit leaves it down' }],
    },
    {
      name: 'a Pod behind a Service',
      code: `${pod('Never', '')}---\n${service}`,
      errors: [{ path: 'spec.restartPolicy', line: 7, column: 3, message: 'Service "web" sends traffic to it' }],
    },
  ],
});
