import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './profile-annotation-mismatch.js';

const annotatedPod = (annotations: string, spec: string): string =>
  manifests.pod(spec).replace('  name: web\n', `  name: web\n  annotations:\n${manifests.indent(annotations, 4)}\n`);
const annotatedDeployment = (annotations: string, spec: string): string =>
  manifests
    .deployment(spec)
    .replace(
      '      labels: {app: web}\n',
      `      annotations:\n${manifests.indent(annotations, 8)}\n      labels: {app: web}\n`,
    );

runRuleTests(rule, {
  valid: [
    {
      name: 'annotations that name the same profiles as the fields (docker/default is RuntimeDefault)',
      code: annotatedPod(
        'seccomp.security.alpha.kubernetes.io/pod: docker/default\ncontainer.seccomp.security.alpha.kubernetes.io/web: localhost/web.json\ncontainer.apparmor.security.beta.kubernetes.io/web: unconfined',
        manifests.blocks(
          'securityContext:\n  seccompProfile: {type: RuntimeDefault}',
          manifests.webContainer(
            'securityContext:\n  seccompProfile: {type: Localhost, localhostProfile: web.json}\n  appArmorProfile: {type: Unconfined}',
          ),
        ),
      ),
    },
    {
      name: "a Pod's container AppArmor annotation is copied to a container without the field before the check",
      code: annotatedPod(
        'container.apparmor.security.beta.kubernetes.io/web: unconfined',
        manifests.blocks('securityContext:\n  appArmorProfile: {type: RuntimeDefault}', manifests.webContainer()),
      ),
    },
    {
      name: 'a container seccomp annotation without a container field is not compared with the pod field',
      code: annotatedPod(
        'container.seccomp.security.alpha.kubernetes.io/web: unconfined',
        manifests.blocks('securityContext:\n  seccompProfile: {type: RuntimeDefault}', manifests.webContainer()),
      ),
    },
  ],
  invalid: [
    {
      name: 'a pod seccomp field Unconfined against a runtime/default annotation',
      code: annotatedPod(
        'seccomp.security.alpha.kubernetes.io/pod: runtime/default',
        manifests.blocks('securityContext:\n  seccompProfile: {type: Unconfined}', manifests.webContainer()),
      ),
      errors: [{ path: 'spec.securityContext.seccompProfile.type', line: 9, column: 22, messageId: 'mismatch' }],
      output: null,
    },
    {
      name: 'Localhost profiles of other names',
      code: annotatedPod(
        'container.seccomp.security.alpha.kubernetes.io/web: localhost/a.json\ncontainer.apparmor.security.beta.kubernetes.io/web: localhost/b',
        manifests.webContainer(
          'securityContext:\n  seccompProfile: {type: Localhost, localhostProfile: z.json}\n  appArmorProfile: {type: Localhost, localhostProfile: w}',
        ),
      ),
      errors: [
        {
          path: 'spec.containers[0].securityContext.seccompProfile.localhostProfile',
          line: 13,
          column: 43,
          messageId: 'mismatch',
        },
        {
          path: 'spec.containers[0].securityContext.appArmorProfile.localhostProfile',
          line: 14,
          column: 44,
          messageId: 'mismatch',
        },
      ],
    },
    {
      name: "a template's container annotations are compared with the pod's AppArmor field",
      code: annotatedDeployment(
        'container.apparmor.security.beta.kubernetes.io/web: runtime/default',
        manifests.blocks('securityContext:\n  appArmorProfile: {type: Unconfined}', manifests.webContainer()),
      ),
      errors: [
        {
          path: 'spec.template.spec.containers[0].securityContext.appArmorProfile.type',
          line: 17,
          column: 11,
          messageId: 'mismatch',
        },
      ],
    },
  ],
});
