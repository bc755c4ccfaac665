import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './label-selector-invalid.js';

const withExpressions = (expressions: string): string =>
  manifests
    .deployment(manifests.webContainer())
    .replace('    matchLabels: {app: web}\n', `    matchLabels: {app: web}\n    matchExpressions:\n${expressions}\n`);

runRuleTests(rule, {
  valid: [
    {
      name: 'In with values, Exists without',
      code: withExpressions(
        '      - {key: app, operator: In, values: [web]}\n      - {key: tier, operator: DoesNotExist}',
      ),
    },
  ],
  invalid: [
    {
      name: 'an operator in lower case',
      code: withExpressions('      - {key: app, operator: in, values: [web]}'),
      errors: [{ path: 'spec.selector.matchExpressions[0].operator', line: 9, column: 20, messageId: 'operator' }],
      output: null,
    },
    {
      name: 'Exists with values',
      code: withExpressions('      - {key: app, operator: Exists, values: [web]}'),
      errors: [{ path: 'spec.selector.matchExpressions[0].values', line: 9, column: 38, messageId: 'valuesForbidden' }],
    },
    {
      name: 'a value that is not a label value',
      code: withExpressions('      - {key: app, operator: In, values: [web, "team/web"]}'),
      errors: [{ path: 'spec.selector.matchExpressions[0].values[1]', line: 9, column: 48, messageId: 'value' }],
    },
  ],
});
