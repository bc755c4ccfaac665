import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './toleration-seconds-needs-no-execute.js';

const pod = (tolerations: string): string =>
  manifests.pod(manifests.blocks(manifests.webContainer(), `tolerations:\n${manifests.indent(tolerations, 2)}`));

runRuleTests(rule, {
  valid: [
    {
      name: 'NoExecute with seconds',
      code: pod(
        '- key: node.kubernetes.io/unreachable\n  operator: Exists\n  effect: NoExecute\n  tolerationSeconds: 300',
      ),
    },
    { name: 'NoSchedule without seconds', code: pod('- key: dedicated\n  operator: Exists\n  effect: NoSchedule') },
  ],
  invalid: [
    {
      name: 'NoSchedule with seconds',
      code: pod('- key: dedicated\n  operator: Exists\n  effect: NoSchedule\n  tolerationSeconds: 60'),
      errors: [
        {
          path: 'spec.tolerations[0].effect',
          line: 12,
          column: 7,
          messageId: 'needsNoExecute',
          message: 'effect NoSchedule',
        },
      ],
      output: null,
    },
    {
      name: 'seconds without any effect',
      code: pod('- key: dedicated\n  operator: Exists\n  tolerationSeconds: 60'),
      errors: [
        { path: 'spec.tolerations[0].effect', line: 10, column: 7, messageId: 'needsNoExecute', message: 'no effect' },
      ],
    },
  ],
});
