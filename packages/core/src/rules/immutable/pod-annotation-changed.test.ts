import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './pod-annotation-changed.js';

/** Pod `web`; annotation lines (column 5) start at line 5. */
const pod = (annotations: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: web
${annotations === '' ? '' : `  annotations:\n${annotations}`}spec:
  containers:
    - name: app
      image: nginx:1.27
`;

const APPARMOR = 'container.apparmor.security.beta.kubernetes.io/app';

runRuleTests(rule, {
  valid: [
    { name: 'an ordinary annotation is added', old: pod(''), code: pod('    team: payments\n') },
    {
      name: 'the AppArmor annotation stays as it was',
      old: pod(`    ${APPARMOR}: runtime/default\n`),
      code: pod(`    ${APPARMOR}: runtime/default\n    team: payments\n`),
    },
  ],
  invalid: [
    {
      name: 'the mirror-pod annotation is added',
      old: pod(''),
      code: pod('    kubernetes.io/config.mirror: abc\n'),
      errors: [
        { path: 'metadata.annotations[kubernetes.io/config.mirror]', line: 6, column: 5, message: 'refuses to add it' },
      ],
    },
    {
      name: 'an AppArmor annotation changes',
      old: pod(`    ${APPARMOR}: runtime/default\n`),
      code: pod(`    ${APPARMOR}: unconfined\n`),
      errors: [
        {
          path: `metadata.annotations[${APPARMOR}]`,
          line: 6,
          column: 5,
          message: 'AppArmor annotations were applied when the containers started',
        },
      ],
    },
  ],
});
