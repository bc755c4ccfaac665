import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './service-target-port-missing.js';

const service = (ports: string, selector = '{app: web}'): string =>
  manifests.service(`selector: ${selector}
ports:
${manifests.indent(ports, 2)}`);

const deployment = (ports: string, sidecar = ''): string =>
  manifests.deployment(
    manifests.blocks(
      sidecar,
      `containers:
  - name: web
    image: example/web:1.0
    ports:
${manifests.indent(ports, 6)}`,
    ),
    { labels: '{app: web, tier: frontend}' },
  );

const { stream } = manifests;

const WEB_PORT = '- {name: web, containerPort: 8080}';
const PROXY =
  'initContainers:\n  - name: proxy\n    image: envoyproxy/envoy:v1.31.0\n    restartPolicy: Always\n    ports:\n      - {name: proxy-http, containerPort: 15001}\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'the named targetPort exists',
      code: stream(service('- {port: 80, targetPort: web}'), deployment(WEB_PORT)),
    },
    {
      name: 'a named targetPort served by a sidecar',
      code: stream(service('- {port: 80, targetPort: proxy-http}'), deployment(WEB_PORT, PROXY)),
    },
    {
      name: 'a Service that selects other pods is not compared',
      code: stream(service('- {port: 80, targetPort: http}', '{app: api}'), deployment(WEB_PORT)),
    },
    {
      name: "a numeric targetPort is not this rule's",
      code: stream(service('- {port: 80, targetPort: 9999}'), deployment(WEB_PORT)),
    },
    { name: 'a Service alone in the input', code: service('- {port: 80, targetPort: http}') },
    {
      name: 'a pod port with a refused protocol is an error of its own, not compared',
      code: stream(
        service('- {port: 80, targetPort: web}'),
        deployment('- {name: web, containerPort: 8080, protocol: tcp}'),
      ),
      oracle: 'reject',
    },
  ],
  invalid: [
    {
      name: 'targetPort http, the pods name it web',
      code: stream(service('- name: http\n  port: 80\n  targetPort: http'), deployment(WEB_PORT)),
      errors: [{ path: 'spec.ports[0].targetPort', line: 10, column: 7, message: 'they declare "web"' }],
      output: null,
    },
    {
      name: 'a typo is fixed',
      code: stream(service('- {port: 80, targetPort: wbe}'), deployment(WEB_PORT)),
      errors: [{ path: 'spec.ports[0].targetPort', line: 8, column: 18, message: 'did you mean "web"?' }],
      output: stream(service('- {port: 80, targetPort: web}'), deployment(WEB_PORT)),
    },
    {
      name: 'the name exists with another protocol',
      code: stream(
        service('- {port: 53, targetPort: dns}'),
        deployment('- {name: dns, containerPort: 5353, protocol: UDP}'),
      ),
      errors: [
        {
          path: 'spec.ports[0].targetPort',
          line: 8,
          column: 18,
          message: 'declare "dns" as UDP, but the Service port is TCP',
        },
      ],
    },
  ],
});
