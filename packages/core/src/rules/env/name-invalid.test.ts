import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './name-invalid.js';

const pod = (env: string): string => manifests.pod(manifests.webContainer(env));

runRuleTests(rule, {
  valid: [
    { name: 'an identifier', code: pod('env:\n  - {name: JAVA_OPTS, value: -Xmx1g}') },
    {
      name: 'dots, dashes and a leading digit are fine from 1.32',
      code: pod('env:\n  - {name: 1st.key-name, value: x}'),
    },
    { name: 'a space is printable', code: pod('env:\n  - {name: "MY VAR", value: x}') },
    { name: 'an envFrom prefix', code: pod('envFrom:\n  - prefix: APP_\n    configMapRef: {name: app}') },
    {
      name: 'an identifier in 1.31',
      code: pod('env:\n  - {name: my.env-name, value: x}'),
      kubernetesVersion: '1.31',
      oracle: 'skip',
    },
  ],
  invalid: [
    {
      name: 'an equals sign',
      code: pod('env:\n  - {name: "JAVA_OPTS=-Xmx1g", value: x}'),
      errors: [{ path: 'spec.containers[0].env[0].name', line: 10, column: 12, messageId: 'name' }],
      output: null,
    },
    {
      name: 'a tab in an envFrom prefix',
      code: pod('envFrom:\n  - prefix: "APP\\t"\n    configMapRef: {name: app}'),
      errors: [{ path: 'spec.containers[0].envFrom[0].prefix', line: 10, column: 11, messageId: 'prefix' }],
    },
    {
      name: 'a leading digit before 1.32 (the 1.37 oracle accepts it)',
      code: pod('env:\n  - {name: 1ST, value: x}'),
      kubernetesVersion: '1.31',
      oracle: 'skip',
      errors: [
        {
          path: 'spec.containers[0].env[0].name',
          line: 10,
          column: 12,
          messageId: 'name',
          message: 'before Kubernetes 1.32',
        },
      ],
    },
  ],
});
