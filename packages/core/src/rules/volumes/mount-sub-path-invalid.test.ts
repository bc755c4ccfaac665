import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './mount-sub-path-invalid.js';

const pod = (mount: string): string =>
  manifests.pod(
    manifests.blocks(
      manifests.webContainer(
        `volumeMounts:\n  - name: config\n    mountPath: /etc/web/web.conf\n${manifests.indent(mount, 4)}`,
      ),
      'volumes:\n  - name: config\n    emptyDir: {}',
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'a relative subPath', code: pod('subPath: conf/web.conf') },
    { name: 'a subPathExpr with a variable', code: pod('subPathExpr: $(POD_NAME)/web.conf') },
    { name: 'dots inside a name', code: pod('subPath: ..data/web.conf') },
  ],
  invalid: [
    {
      name: 'an absolute subPath loses its slash',
      code: pod('subPath: /web.conf'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.subPath', line: 9, column: 7, messageId: 'path', message: 'absolute' },
      ],
      output: pod('subPath: web.conf'),
    },
    {
      name: 'a subPathExpr that climbs',
      code: pod('subPathExpr: ../$(POD_NAME)'),
      errors: [
        { path: 'spec.containers[0].volumeMounts.subPathExpr', line: 9, column: 7, messageId: 'path', message: "'..'" },
      ],
      output: null,
    },
    {
      name: 'both subPath and subPathExpr',
      code: pod('subPath: web.conf\nsubPathExpr: $(POD_NAME)'),
      errors: [{ path: 'spec.containers[0].volumeMounts[0].subPathExpr', line: 13, column: 11, messageId: 'both' }],
      output: null,
    },
  ],
});
