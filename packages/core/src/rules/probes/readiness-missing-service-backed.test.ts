import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deployment } from '../../../test/fixtures/probes/manifests.js';
import rule from './readiness-missing-service-backed.js';

const service = (selector: string): string =>
  `---\n${manifests.service(`selector: ${selector}
ports:
  - port: 80
    targetPort: 8080`)}`;

runRuleTests(rule, {
  valid: [
    { name: 'no Service in the input', code: deployment('') },
    { name: 'Service selects other pods', code: deployment('') + service('{app: api}') },
    {
      name: 'Service-backed with a readiness probe',
      code: deployment('readinessProbe:\n  httpGet: {path: /ready, port: 8080}') + service('{app: web}'),
    },
  ],
  invalid: [
    {
      name: 'Service selects a Deployment without readiness probes',
      code: deployment('ports:\n  - containerPort: 8080') + service('{app: web}'),
      errors: [
        { path: 'spec.template.spec.containers[0]', line: 13, column: 11, message: 'Service "web" sends it traffic' },
      ],
      output: null,
    },
  ],
});
