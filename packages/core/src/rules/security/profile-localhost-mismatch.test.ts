import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './profile-localhost-mismatch.js';

const pod = (podContext: string, containerContext = '{}'): string =>
  manifests.pod(
    manifests.blocks(
      `securityContext:\n${manifests.indent(podContext, 2)}`,
      manifests.webContainer(`securityContext: ${containerContext}`),
    ),
  );

runRuleTests(rule, {
  valid: [
    { name: 'RuntimeDefault', code: pod('seccompProfile: {type: RuntimeDefault}') },
    {
      name: 'a localhost seccomp profile',
      code: pod('seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}'),
    },
    {
      name: 'a localhost AppArmor profile in a container',
      code: pod('runAsNonRoot: true', '{appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}}'),
    },
  ],
  invalid: [
    {
      name: 'Localhost without a profile',
      code: pod('seccompProfile: {type: Localhost}'),
      errors: [
        { path: 'spec.securityContext.seccompProfile.localhostProfile', line: 7, column: 5, messageId: 'missing' },
      ],
      output: null,
    },
    {
      name: 'a profile with RuntimeDefault',
      code: pod('seccompProfile: {type: RuntimeDefault, localhostProfile: profiles/audit.json}'),
      errors: [
        { path: 'spec.securityContext.seccompProfile.localhostProfile', line: 7, column: 44, messageId: 'unexpected' },
      ],
    },
    {
      name: 'an absolute seccomp profile path',
      code: pod('seccompProfile: {type: Localhost, localhostProfile: /var/lib/kubelet/seccomp/audit.json}'),
      errors: [
        { path: 'spec.securityContext.seccompProfile.localhostProfile', line: 7, column: 39, messageId: 'path' },
      ],
    },
    {
      name: 'an AppArmor profile with Unconfined in a container',
      code: pod('runAsNonRoot: true', '{appArmorProfile: {type: Unconfined, localhostProfile: k8s-nginx}}'),
      errors: [
        {
          path: 'spec.containers[0].securityContext.appArmorProfile.localhostProfile',
          line: 11,
          column: 61,
          messageId: 'unexpected',
        },
      ],
    },
  ],
});
