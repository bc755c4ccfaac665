import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './id-out-of-range.js';

const pod = (podContext: string, containerContext = '{}'): string =>
  manifests.pod(
    manifests.blocks(`securityContext: ${podContext}`, manifests.webContainer(`securityContext: ${containerContext}`)),
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'root and the largest id',
      code: pod(
        '{runAsUser: 0, runAsGroup: 2147483647, fsGroup: 2000, supplementalGroups: [0, 4000]}',
        '{runAsUser: 1000}',
      ),
    },
  ],
  invalid: [
    {
      name: 'a negative pod user and a supplemental group too large',
      code: pod('{runAsUser: -1, supplementalGroups: [10, 2147483648]}'),
      errors: [
        { path: 'spec.securityContext.runAsUser', line: 6, column: 21, messageId: 'outOfRange' },
        { path: 'spec.securityContext.supplementalGroups[1]', line: 6, column: 61, messageId: 'outOfRange' },
      ],
      output: null,
    },
    {
      name: 'a container group',
      code: pod('{}', '{runAsGroup: -5}'),
      errors: [
        { path: 'spec.containers[0].securityContext.runAsGroup', line: 10, column: 25, messageId: 'outOfRange' },
      ],
    },
  ],
});
