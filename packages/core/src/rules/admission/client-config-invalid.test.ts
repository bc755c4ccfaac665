import { webhookBody, webhookConfiguration } from '../../../test/fixtures/admission/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './client-config-invalid.js';

const config = (text: string): string =>
  webhookConfiguration([
    webhookBody().replace('  service: {name: policy, namespace: policy-system, path: /validate}', text),
  ]);

runRuleTests(rule, {
  valid: [
    { name: 'a service', code: webhookConfiguration([webhookBody()]) },
    { name: 'a URL with a port and path', code: config('  url: "https://policy.example.com:8443/validate"') },
    { name: 'an upper-case scheme', code: config('  url: "HTTPS://policy.example.com/"') },
    {
      name: 'a service with the root path and a port',
      code: config('  service: {name: policy, namespace: ops, path: /, port: 8443}'),
    },
  ],
  invalid: [
    {
      name: 'neither url nor service',
      code: config('  caBundle: ""'),
      errors: [{ path: 'webhooks[0].clientConfig', line: 9, column: 5, messageId: 'exactlyOne' }],
      output: null,
    },
    {
      name: 'both url and service',
      code: config('  url: "https://policy.example.com"\n  service: {name: policy, namespace: ops}'),
      errors: [{ path: 'webhooks[0].clientConfig', line: 9, column: 5, messageId: 'exactlyOne' }],
    },
    {
      name: 'an http URL',
      code: config('  url: "http://policy.example.com/validate"'),
      errors: [{ path: 'webhooks[0].clientConfig.url', line: 10, column: 7, messageId: 'url' }],
    },
    {
      name: 'a URL with a query',
      code: config('  url: "https://policy.example.com/validate?x=1"'),
      errors: [{ path: 'webhooks[0].clientConfig.url', line: 10, column: 7, messageId: 'url' }],
    },
    {
      name: 'a service without namespace (the API server reports it at service.name, so podlint at the service), with port 0 and a relative path',
      code: config('  service: {name: policy, port: 0, path: validate}'),
      errors: [
        {
          path: 'webhooks[0].clientConfig.service',
          line: 10,
          column: 7,
          messageId: 'serviceRequired',
          oracleField: 'webhooks[0].clientConfig.service.name',
        },
        { path: 'webhooks[0].clientConfig.service.port', line: 10, column: 31, messageId: 'port' },
        { path: 'webhooks[0].clientConfig.service.path', line: 10, column: 40, messageId: 'path' },
      ],
    },
  ],
});
