import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './profile-annotation-invalid.js';

const annotated = (annotations: string, spec = manifests.webContainer()): string =>
  manifests.pod(spec).replace('  name: web\n', `  name: web\n  annotations:\n${manifests.indent(annotations, 4)}\n`);

runRuleTests(rule, {
  valid: [
    {
      name: 'every accepted spelling',
      code: annotated(
        'seccomp.security.alpha.kubernetes.io/pod: docker/default\ncontainer.seccomp.security.alpha.kubernetes.io/web: localhost/profiles/web.json\ncontainer.apparmor.security.beta.kubernetes.io/web: ""',
      ),
    },
    {
      name: 'an AppArmor annotation for an init container',
      code: annotated(
        'container.apparmor.security.beta.kubernetes.io/setup: runtime/default',
        manifests.blocks('initContainers:\n  - name: setup\n    image: busybox:1.36', manifests.webContainer()),
      ),
    },
  ],
  invalid: [
    {
      name: 'a seccomp annotation of no known form, and one with an absolute file',
      code: annotated(
        'seccomp.security.alpha.kubernetes.io/pod: default\ncontainer.seccomp.security.alpha.kubernetes.io/web: localhost//etc/web.json',
      ),
      errors: [
        {
          path: 'metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]',
          line: 6,
          column: 5,
          messageId: 'seccomp',
          // ValidateSeccompPodAnnotations names the annotation as a child field, not a key.
          oracleField: 'metadata.annotations.seccomp.security.alpha.kubernetes.io/pod',
        },
        {
          path: 'metadata.annotations[container.seccomp.security.alpha.kubernetes.io/web]',
          line: 7,
          column: 5,
          messageId: 'seccomp',
          oracleField: 'metadata.annotations.container.seccomp.security.alpha.kubernetes.io/web',
        },
      ],
      output: null,
    },
    {
      name: 'an AppArmor annotation for no container, of no known form',
      code: annotated('container.apparmor.security.beta.kubernetes.io/api: enforce'),
      errors: [
        {
          path: 'metadata.annotations[container.apparmor.security.beta.kubernetes.io/api]',
          line: 6,
          column: 5,
          messageId: 'appArmorContainer',
        },
        {
          path: 'metadata.annotations[container.apparmor.security.beta.kubernetes.io/api]',
          line: 6,
          column: 5,
          messageId: 'appArmorProfile',
        },
      ],
    },
  ],
});
