import { runRuleTests } from '../../../test/support/rule-tester.js';
import { ingress } from '../../../test/fixtures/networking/manifests.js';
import rule from './ingress-backend-invalid.js';

const withBackend = (backend: string): string =>
  ingress(
    `rules:\n  - http:\n      paths:\n        - path: /\n          pathType: Prefix\n          backend:\n${backend
      .split('\n')
      .map((line) => `            ${line}`)
      .join('\n')}`,
  );
const at = { path: 'spec.rules[0].http.paths[0].backend', line: 11, column: 13 };

runRuleTests(rule, {
  valid: [
    { name: 'a service port by number', code: withBackend('service:\n  name: web\n  port: {number: 80}') },
    { name: 'a service port by name', code: withBackend('service:\n  name: web\n  port: {name: http}') },
    {
      name: 'a resource backend',
      code: withBackend('resource:\n  apiGroup: k8s.example.com\n  kind: StorageBucket\n  name: static-assets'),
    },
    { name: 'a default backend only', code: ingress('defaultBackend:\n  service: {name: web, port: {number: 80}}') },
  ],
  invalid: [
    {
      name: 'a service without a port',
      code: withBackend('service:\n  name: web'),
      errors: [{ ...at, messageId: 'portNone' }],
      output: null,
    },
    {
      name: 'a port with a name and a number',
      code: withBackend('service:\n  name: web\n  port: {name: http, number: 80}'),
      errors: [{ ...at, messageId: 'portBoth' }],
    },
    {
      name: 'both service and resource',
      code: withBackend(
        'service:\n  name: web\n  port: {number: 80}\nresource:\n  kind: StorageBucket\n  name: assets',
      ),
      errors: [{ ...at, messageId: 'both' }],
    },
    {
      name: 'the v1beta1 fields only',
      code: withBackend('serviceName: web\nservicePort: 80'),
      errors: [{ ...at, messageId: 'none' }],
      oracle: 'skip',
    },
  ],
});
