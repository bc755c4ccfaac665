import { itSendsTheSameWarnings } from '../../../test/support/api-warnings.js';
import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests, type InvalidCase } from '../../../test/support/rule-tester.js';
import rule from './duplicate-port-definition.js';

const deployment = (first: string, second: string, initPorts = ''): string =>
  manifests.deployment(
    manifests.blocks(
      `initContainers:
  - name: migrate
    image: example/migrate:1.4`,
      manifests.indent(initPorts, 4),
      `containers:
  - name: app
    image: example/shop:2.0
    ports:
${manifests.indent(first, 6)}
  - name: metrics
    image: example/exporter:0.9
    ports:
${manifests.indent(second, 6)}`,
    ),
    { name: 'shop' },
  );

const invalid: InvalidCase[] = [
  {
    name: 'two containers declare containerPort 8080',
    code: deployment('- containerPort: 8080', '- containerPort: 8080'),
    errors: [
      {
        path: 'spec.template.spec.containers[1].ports[0]',
        line: 23,
        column: 15,
        message:
          'spec.template.spec.containers[1].ports[0]: duplicate port definition with spec.template.spec.containers[0].ports[0]',
      },
    ],
  },
  {
    name: 'a regular init container and an app container (harmless at runtime, still a warning)',
    code: deployment('- containerPort: 8080', '- containerPort: 9090', 'ports:\n  - containerPort: 8080\n'),
    errors: [
      { path: 'spec.template.spec.containers[0].ports[0]', line: 21, column: 15, message: 'do not collide at runtime' },
    ],
  },
];

runRuleTests(rule, {
  valid: [
    {
      name: 'the same number over TCP and UDP',
      code: deployment('- containerPort: 53', '- containerPort: 53\n  protocol: UDP'),
    },
    { name: 'different numbers', code: deployment('- containerPort: 8080', '- containerPort: 9090') },
  ],
  invalid,
});
itSendsTheSameWarnings(rule, invalid);
