import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './os-fields-forbidden.js';

const pod = (fields: string, container = ''): string =>
  manifests.pod(manifests.blocks(fields, manifests.webContainer(container)));

runRuleTests(rule, {
  valid: [
    {
      name: 'a Windows pod with windowsOptions',
      code: pod('os: {name: windows}\nsecurityContext:\n  windowsOptions: {runAsUserName: ContainerUser}'),
    },
    { name: 'a Linux pod with runAsUser', code: pod('os: {name: linux}\nsecurityContext:\n  runAsUser: 1000') },
    {
      name: 'no os: both kinds of options are accepted',
      code: pod('securityContext:\n  runAsUser: 1000\n  windowsOptions: {runAsUserName: ContainerUser}'),
    },
  ],
  invalid: [
    {
      name: 'runAsUser in a Windows pod',
      code: pod('os: {name: windows}\nsecurityContext:\n  runAsUser: 1000'),
      errors: [{ path: 'spec.securityContext.runAsUser', line: 8, column: 5, messageId: 'windows' }],
      output: null,
    },
    {
      name: 'a privileged container in a Windows pod',
      code: pod('os: {name: windows}', 'securityContext: {privileged: false}'),
      errors: [{ path: 'spec.containers[0].securityContext.privileged', line: 10, column: 25, messageId: 'windows' }],
    },
    {
      name: 'windowsOptions in a Linux pod',
      code: pod('os: {name: linux}', 'securityContext:\n  windowsOptions: {runAsUserName: ContainerUser}'),
      errors: [{ path: 'spec.containers[0].securityContext.windowsOptions', line: 11, column: 9, messageId: 'linux' }],
    },
  ],
});
