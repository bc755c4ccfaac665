import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './duplicate-object.js';

const configMap = (name: string, namespace?: string): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
data:
  a: b
`;

runRuleTests(rule, {
  valid: [
    { name: 'same name in two namespaces', code: `${configMap('settings', 'a')}---\n${configMap('settings', 'b')}` },
    {
      name: 'same name, different kinds',
      code: `${configMap('settings')}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: settings\nstringData:\n  a: b\n`,
    },
  ],
  invalid: [
    {
      name: 'the same ConfigMap twice (absent namespace is default)',
      code: `${configMap('settings')}---\n${configMap('settings', 'default')}`,
      errors: [{ path: 'metadata.name', line: 11, column: 3, message: 'already defined at line 1' }],
    },
  ],
});
