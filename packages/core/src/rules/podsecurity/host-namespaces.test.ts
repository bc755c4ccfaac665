import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deploymentIn, podIn } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './host-namespaces.js';

const containers = manifests.webContainer();

runRuleTests(rule, {
  valid: [
    { name: 'a privileged namespace', code: podIn('privileged', `hostNetwork: true\n${containers}`) },
    { name: 'baseline without host namespaces', code: podIn('baseline', containers) },
    {
      name: 'hostNetwork false in a restricted namespace',
      code: podIn(
        'restricted',
        `hostNetwork: false\n${manifests.webContainer('securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}')}`,
      ),
    },
    { name: 'the namespace is not in the file', code: manifests.pod(`hostPID: true\n${containers}`) },
    {
      name: 'a template is only warned about (podsecurity/template-violates-baseline)',
      code: deploymentIn('baseline', `hostPID: true\n${containers}`),
    },
  ],
  invalid: [
    {
      name: 'hostNetwork in a baseline namespace',
      code: podIn('baseline', `hostNetwork: true\n${containers}`),
      // PodSecurity admission names checks, not fields.
      errors: [{ path: 'spec.hostNetwork', line: 14, column: 3, messageId: 'pod', oracleField: '' }],
      output: null,
    },
  ],
});
