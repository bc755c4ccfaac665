import { runRuleTests } from '../../../test/support/rule-tester.js';
import { editLine, POD } from '../../../test/fixtures/schema/manifests.js';
import rule from './yaml11-key-misread.js';

const configMap = (data: string): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: switches
data:
${data}
`;

runRuleTests(rule, {
  valid: [
    { name: 'quoted keys are text', code: configMap('  "on": "1"\n  "yes": "2"') },
    { name: 'true written as true is what it says', code: configMap('  true: "1"') },
    { name: 'ordinary keys', code: POD },
  ],
  invalid: [
    {
      name: 'on as a label key becomes "true" (the API server accepts the changed key)',
      code: editLine(POD, 6, 'app: web', 'on: duty'),
      errors: [
        {
          path: 'metadata.labels.true',
          line: 6,
          column: 5,
          message: 'the key `on` is read by kubectl as the boolean true (YAML 1.1), so the object gets the key "true"',
        },
      ],
    },
    {
      name: 'yes and an octal key in ConfigMap data',
      code: configMap('  yes: "1"\n  0755: "2"'),
      errors: [
        { path: 'data.true', line: 6, column: 3, message: 'the boolean true' },
        { path: 'data[493]', line: 7, column: 3, message: 'the number 493' },
      ],
    },
    {
      name: 'on as a key of a flow mapping',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: switches\n  labels: {on: duty}\n',
      errors: [{ path: 'metadata.labels.true', line: 5, column: 12, message: 'the key `on` is read by kubectl' }],
    },
    {
      name: 'True in capitals is still the boolean',
      code: configMap('  True: "1"'),
      errors: [
        {
          path: 'data.true',
          line: 6,
          column: 3,
          message: 'the key `True` is read by kubectl as the boolean true, so the object gets the key "true"',
        },
      ],
    },
  ],
});
