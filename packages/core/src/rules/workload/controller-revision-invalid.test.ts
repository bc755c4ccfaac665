import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './controller-revision-invalid.js';

const revision = (fields: string): string => `apiVersion: apps/v1
kind: ControllerRevision
metadata:
  name: web-7d4b9c
  namespace: shop
${fields}
`;

runRuleTests(rule, {
  valid: [{ name: 'revision 1 with its template', code: revision('revision: 1\ndata: {spec: {template: {}}}') }],
  invalid: [
    {
      name: 'a negative revision',
      code: revision('revision: -1\ndata: {spec: {}}'),
      errors: [{ path: 'revision', line: 6, column: 1, messageId: 'revision' }],
      output: null,
    },
    {
      name: 'no data',
      code: revision('revision: 1'),
      errors: [{ path: 'data', line: 1, column: 1, messageId: 'data' }],
    },
  ],
});
