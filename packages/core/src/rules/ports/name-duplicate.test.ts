import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-duplicate.js';

const pod = (ports: string, second = ''): string =>
  manifests.pod(
    manifests.blocks(
      `containers:
  - name: web
    image: nginx:1.27
    ports:
${manifests.indent(ports, 6)}`,
      manifests.indent(second, 2),
    ),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'distinct names in one container',
      code: pod('- {name: web, containerPort: 80}\n- {name: web-tls, containerPort: 443}'),
    },
    {
      name: 'the same name in two containers is only a warning',
      code: pod(
        '- {name: metrics, containerPort: 9090}',
        '- name: proxy\n  image: envoyproxy/envoy:v1.31.0\n  ports:\n    - {name: metrics, containerPort: 9091}\n',
      ),
    },
    {
      name: 'unnamed ports may repeat',
      code: pod('- {containerPort: 53, protocol: UDP}\n- {containerPort: 53, protocol: TCP}'),
    },
  ],
  invalid: [
    {
      name: 'the later of two equal names is reported',
      code: pod('- {name: web, containerPort: 80}\n- {name: web, containerPort: 443}'),
      errors: [{ path: 'spec.containers[0].ports[1].name', line: 11, column: 12, message: 'Duplicate value: "web"' }],
    },
    {
      name: 'three equal names give two findings',
      code: pod(
        '- {name: dns, containerPort: 53, protocol: UDP}\n- {name: dns, containerPort: 53}\n- {name: dns, containerPort: 5353}',
      ),
      errors: [
        { path: 'spec.containers[0].ports[1].name', line: 11, column: 12 },
        { path: 'spec.containers[0].ports[2].name', line: 12, column: 12 },
      ],
    },
  ],
});
