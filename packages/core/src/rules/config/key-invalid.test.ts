import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './key-invalid.js';

const configMap = (body: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n${body}\n`;
const secret = (body: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: credentials\n${body}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'dotted, dashed, underscored and upper-case keys',
      code: configMap('data:\n  app.yaml: "a: 1"\n  LOG_LEVEL: debug\n  .hidden: x\n  key-name: "yes"'),
    },
    { name: 'binaryData key', code: configMap('binaryData:\n  logo.png: iVBORw0KGgo=') },
    { name: 'secret keys', code: secret('stringData:\n  password: hunter2\n  .dockerconfigjson: "{}"') },
    {
      name: 'a custom kind named ConfigMap is not checked',
      code: 'apiVersion: example.com/v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  "my key": v\n',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'a key with a space',
      code: configMap('data:\n  "my key": value'),
      errors: [{ path: 'data[my key]', line: 6, column: 3, messageId: 'invalid', message: '"my-key"' }],
      output: null,
    },
    {
      name: 'a key with a slash in binaryData',
      code: configMap('binaryData:\n  conf/app: eA=='),
      errors: [{ path: 'binaryData[conf/app]', line: 6, column: 3 }],
    },
    {
      name: 'a key starting with ..',
      code: configMap('data:\n  ..data: x'),
      errors: [{ path: 'data[..data]', line: 6, column: 3 }],
    },
    {
      name: 'a stringData key is reported by the API server under data',
      code: secret('stringData:\n  "db password": hunter2'),
      errors: [{ path: 'stringData[db password]', line: 6, column: 3, oracleField: 'data[db password]' }],
    },
  ],
});
