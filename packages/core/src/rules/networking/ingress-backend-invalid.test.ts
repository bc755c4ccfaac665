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
      name: 'a Service name with an underscore',
      code: withBackend('service:\n  name: web_api\n  port: {number: 80}'),
      errors: [
        { path: 'spec.rules[0].http.paths[0].backend.service.name', line: 13, column: 17, messageId: 'serviceName' },
      ],
    },
    {
      name: 'a port name that is not an IANA name',
      code: withBackend('service:\n  name: web\n  port: {name: HTTP_Port}'),
      errors: [
        { path: 'spec.rules[0].http.paths[0].backend.service.port.name', line: 14, column: 24, messageId: 'portName' },
      ],
    },
    {
      name: 'a port number over 65535',
      code: withBackend('service:\n  name: web\n  port: {number: 65536}'),
      errors: [
        {
          path: 'spec.rules[0].http.paths[0].backend.service.port.number',
          line: 14,
          column: 24,
          messageId: 'portNumber',
        },
      ],
    },
    {
      name: 'a resource kind with a slash',
      code: withBackend('resource:\n  apiGroup: k8s.example.com\n  kind: v1/StorageBucket\n  name: static-assets'),
      errors: [
        { path: 'spec.rules[0].http.paths[0].backend.resource.kind', line: 14, column: 17, messageId: 'resourceField' },
      ],
    },
    {
      name: 'a resource without a name',
      code: withBackend('resource:\n  kind: StorageBucket'),
      errors: [
        {
          path: 'spec.rules[0].http.paths[0].backend.resource.name',
          line: 12,
          column: 15,
          messageId: 'resourceFieldRequired',
        },
      ],
    },
    {
      name: 'the v1beta1 fields only',
      code: withBackend('serviceName: web\nservicePort: 80'),
      errors: [{ ...at, messageId: 'none' }],
      oracle: 'skip',
    },
  ],
});
