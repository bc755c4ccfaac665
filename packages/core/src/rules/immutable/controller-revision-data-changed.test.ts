import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './controller-revision-data-changed.js';

/** ControllerRevision `db-7d9f`: `data:` at line 5, the image at line 11 (column 13); `revision:` last. */
const revision = (image: string, number: number): string => `apiVersion: apps/v1
kind: ControllerRevision
metadata:
  name: db-7d9f
data:
  spec:
    template:
      spec:
        containers:
          - name: db
            image: ${image}
revision: ${number}
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'the revision number changes (oracle skipped: its apply patch cannot handle the RawExtension data, BadRequest)',
      old: revision('postgres:16', 3),
      code: revision('postgres:16', 4),
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'the recorded data changes (the server reports data; oracle skipped: its apply patch cannot handle the RawExtension data)',
      oracle: 'skip',
      old: revision('postgres:16', 3),
      code: revision('postgres:17', 3),
      errors: [
        {
          path: 'data.spec.template.spec.containers[0].image',
          line: 11,
          column: 13,
          message: 'field is immutable',
          oracleField: 'data',
        },
      ],
    },
  ],
});
