import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-invalid.js';

const pod = (name: string): string =>
  manifests.pod(
    `${manifests.webContainer(`volumeMounts:\n  - {name: ${name}, mountPath: /etc/web}`)}\nvolumes:\n  - name: ${name}\n    configMap: {name: web}`,
  );

runRuleTests(rule, {
  valid: [
    { name: 'a DNS label', code: pod('web-config') },
    { name: 'a name starting with a digit', code: pod('0-config') },
  ],
  invalid: [
    {
      name: 'an underscore',
      code: pod('app_config'),
      errors: [{ path: 'spec.volumes[0].name', line: 12, column: 7, messageId: 'invalid' }],
      output: null,
    },
    {
      name: 'a dot in a StatefulSet template',
      code: manifests.statefulSet(`${manifests.webContainer()}\nvolumes:\n  - name: config.d\n    emptyDir: {}`),
      errors: [
        {
          path: 'spec.template.spec.volumes[0].name',
          line: 17,
          column: 11,
          messageId: 'invalid',
          message: 'dots are not allowed',
        },
      ],
    },
  ],
});
