import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests, type InvalidCase } from '../../../test/support/rule-tester.js';
import rule from './name-duplicate-across-containers.js';

const deployment = (sidecarPorts: string, appPorts: string): string =>
  manifests.deployment(
    `initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    ports:
${manifests.indent(sidecarPorts, 6)}
containers:
  - name: api
    image: example/api:3.1
    ports:
${manifests.indent(appPorts, 6)}`,
    { name: 'api' },
  );

const invalid: InvalidCase[] = [
  {
    name: 'a sidecar and the app both name a port metrics',
    code: deployment(
      '- {name: metrics, containerPort: 9901}',
      '- {name: metrics, containerPort: 9090}\n- {name: http, containerPort: 8080}',
    ),
    errors: [
      {
        path: 'spec.template.spec.containers[0].ports[0]',
        line: 22,
        column: 15,
        message:
          'duplicate port name "metrics" with spec.template.spec.initContainers[0].ports[0], services and probes that select ports by name will use spec.template.spec.initContainers[0].ports[0]',
      },
    ],
  },
];

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct names',
      code: deployment('- {name: proxy-admin, containerPort: 9901}', '- {name: metrics, containerPort: 9090}'),
    },
    {
      name: 'a duplicate inside one container is an error, not this warning',
      code: deployment(
        '- {name: admin, containerPort: 9901}',
        '- {name: web, containerPort: 80}\n- {name: web, containerPort: 81}',
      ),
      oracle: 'reject',
    },
  ],
  invalid,
});
itSendsTheSameWarnings(rule, invalid);
