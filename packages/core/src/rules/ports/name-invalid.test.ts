import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-invalid.js';

const pod = (ports: string): string => manifests.pod(manifests.webContainer(`ports:\n${manifests.indent(ports, 2)}`));

const deployment = (ports: string): string =>
  manifests.deployment(`initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
    ports:
${manifests.indent(ports, 6)}
${manifests.webContainer()}`);

runRuleTests(rule, {
  valid: [
    {
      name: 'lower-case names with digits and single hyphens',
      code: pod(
        '- {name: http, containerPort: 80}\n- {name: metrics-9090, containerPort: 9090}\n- {name: a1b2c3d4e5f6g7h, containerPort: 81}',
      ),
    },
    { name: 'unnamed ports', code: pod('- containerPort: 80') },
    { name: 'sidecar with a valid port name', code: deployment('- {name: envoy-admin, containerPort: 9901}') },
  ],
  invalid: [
    {
      name: 'upper case and underscore, with a suggested rename',
      code: pod('- name: HTTP_Port\n  containerPort: 80'),
      errors: [
        { path: 'spec.containers[0].ports[0].name', line: 10, column: 11, message: 'rename it, e.g. to "http-port"' },
      ],
      output: null,
    },
    {
      name: 'longer than 15 characters',
      code: pod('- name: prometheus-metrics\n  containerPort: 9090'),
      errors: [
        {
          path: 'spec.containers[0].ports[0].name',
          line: 10,
          column: 11,
          message: 'must be no more than 15 characters',
        },
      ],
    },
    {
      name: 'digits only',
      code: pod('- name: "8080"\n  containerPort: 8080'),
      errors: [
        {
          path: 'spec.containers[0].ports[0].name',
          line: 10,
          column: 11,
          message: 'must contain at least one letter (a-z)',
        },
      ],
    },
    {
      name: 'consecutive and trailing hyphens',
      code: pod('- {name: web--, containerPort: 80}'),
      errors: [
        {
          path: 'spec.containers[0].ports[0].name',
          line: 10,
          column: 12,
          message: 'must not contain consecutive hyphens; must not begin or end with a hyphen',
        },
      ],
    },
    {
      name: 'in a sidecar of a Deployment',
      code: deployment('- {name: Admin, containerPort: 9901}'),
      errors: [{ path: 'spec.template.spec.initContainers[0].ports[0].name', line: 17, column: 16 }],
    },
  ],
});
