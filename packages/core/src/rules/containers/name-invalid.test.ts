import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-invalid.js';

const web = (name: string): string => manifests.pod(`containers:\n  - name: ${name}\n    image: nginx:1.27`);

runRuleTests(rule, {
  valid: [
    { name: 'lower-case letters, digits and hyphens', code: web('web-2') },
    { name: 'a name of exactly 63 characters', code: web('a'.repeat(63)) },
    { name: 'a name that starts with a digit', code: web('1st') },
    {
      name: 'init and ephemeral containers with valid names',
      code: manifests.pod(
        'initContainers:\n  - name: init\n    image: busybox:1.36\ncontainers:\n  - name: web\n    image: nginx:1.27',
      ),
    },
  ],
  invalid: [
    {
      name: 'capitals and an underscore are fixed to a DNS label',
      code: web('My_Container'),
      errors: [
        { path: 'spec.containers[0].name', line: 7, column: 7, messageId: 'invalid', message: 'write "my-container"' },
      ],
      output: web('my-container'),
    },
    {
      name: 'a dot is not allowed in a label',
      code: web('web.v2'),
      errors: [{ path: 'spec.containers[0].name', line: 7, column: 7, messageId: 'invalid' }],
      output: web('web-v2'),
    },
    {
      name: 'a name over 63 characters has no fix',
      code: web('a'.repeat(64)),
      errors: [
        { path: 'spec.containers[0].name', line: 7, column: 7, messageId: 'invalid', message: 'the limit is 63' },
      ],
      output: null,
    },
    {
      name: 'a trailing hyphen has no safe fix',
      code: web('web-'),
      errors: [{ path: 'spec.containers[0].name', line: 7, column: 7, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'no fix when a downward API volume names the container',
      code: manifests.pod(`containers:
  - name: Web
    image: nginx:1.27
volumes:
  - name: limits
    downwardAPI:
      items:
        - path: cpu
          resourceFieldRef: {containerName: Web, resource: limits.cpu}`),
      errors: [{ path: 'spec.containers[0].name', line: 7, column: 7, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'no fix when the fixed name is taken',
      code: manifests.pod('containers:\n  - name: web\n    image: nginx:1.27\n  - name: WEB\n    image: nginx:1.27'),
      errors: [{ path: 'spec.containers[1].name', line: 9, column: 7, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'an init container in a Deployment template',
      code: manifests.deployment(
        'initContainers:\n  - name: Init_DB\n    image: busybox:1.36\ncontainers:\n  - name: web\n    image: nginx:1.27',
      ),
      errors: [{ path: 'spec.template.spec.initContainers[0].name', line: 13, column: 11, messageId: 'invalid' }],
      output: manifests.deployment(
        'initContainers:\n  - name: init-db\n    image: busybox:1.36\ncontainers:\n  - name: web\n    image: nginx:1.27',
      ),
    },
  ],
});
