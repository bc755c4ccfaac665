import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './key-duplicate.js';

const configMap = (body: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n${body}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'different keys in data and binaryData',
      code: configMap('data:\n  app.conf: x\nbinaryData:\n  logo.png: iVBORw0KGgo='),
    },
  ],
  invalid: [
    {
      name: 'the same key in both',
      code: configMap('data:\n  logo: placeholder\nbinaryData:\n  logo: iVBORw0KGgo='),
      errors: [{ path: 'data.logo', line: 6, column: 3, messageId: 'duplicate', oracleField: 'data[logo]' }],
      output: null,
    },
  ],
});
