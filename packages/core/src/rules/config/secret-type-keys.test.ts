import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './secret-type-keys.js';

const secret = (body: string, metadata = ''): string =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: credentials\n${metadata}${body}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'tls with both keys', code: secret('type: kubernetes.io/tls\ndata:\n  tls.crt: eA==\n  tls.key: eA==') },
    {
      name: 'tls keys split between data and stringData',
      code: secret('type: kubernetes.io/tls\ndata:\n  tls.crt: eA==\nstringData:\n  tls.key: x'),
    },
    {
      name: 'basic-auth with only a username',
      code: secret('type: kubernetes.io/basic-auth\nstringData:\n  username: admin'),
    },
    { name: 'Opaque with anything', code: secret('type: Opaque\ndata:\n  cert: eA==') },
    { name: 'a custom type', code: secret('type: example.com/token\ndata:\n  x: eA==') },
    {
      name: 'service account token with its annotation',
      code: secret(
        'type: kubernetes.io/service-account-token',
        '  annotations:\n    kubernetes.io/service-account.name: builder\n',
      ),
    },
    {
      name: 'a base64 dockerconfigjson object',
      code: secret('type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: eyJhdXRocyI6e319'),
    },
  ],
  invalid: [
    {
      name: 'a dockerconfigjson that is not JSON',
      code: secret('type: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: "auths: {}"'),
      errors: [
        {
          path: 'stringData[.dockerconfigjson]',
          line: 7,
          column: 3,
          messageId: 'notJson',
          oracleField: 'data[.dockerconfigjson]',
        },
      ],
    },
    {
      name: 'tls without tls.key',
      code: secret('type: kubernetes.io/tls\ndata:\n  tls.crt: eA=='),
      errors: [{ path: 'data[tls.key]', line: 6, column: 1, messageId: 'missingKey' }],
      output: null,
    },
    {
      name: 'dockerconfigjson under another key, in stringData',
      code: secret('type: kubernetes.io/dockerconfigjson\nstringData:\n  config.json: "{}"'),
      errors: [
        {
          path: 'stringData[.dockerconfigjson]',
          line: 6,
          column: 1,
          messageId: 'missingKey',
          oracleField: 'data[.dockerconfigjson]',
        },
      ],
    },
    {
      name: 'basic-auth with neither',
      code: secret('type: kubernetes.io/basic-auth\ndata:\n  user: eA=='),
      errors: [
        { path: 'data.username', line: 6, column: 1, messageId: 'missingEither', oracleField: 'data[username]' },
        { path: 'data.password', line: 6, column: 1, messageId: 'missingEither', oracleField: 'data[password]' },
      ],
    },
    {
      name: 'service account token without its annotation',
      code: secret('type: kubernetes.io/service-account-token'),
      errors: [
        {
          path: 'metadata.annotations[kubernetes.io/service-account.name]',
          line: 3,
          column: 1,
          messageId: 'missingAnnotation',
        },
      ],
    },
  ],
});
