import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import rule from './selector-empty.js';

const containers = manifests.webContainer();
const rc = (selector: string, labels: string): string => `apiVersion: v1
kind: ReplicationController
metadata:
  name: agent
spec:
  replicas: 1
${selector}  template:
${labels}    spec:
${manifests.indent(containers, 6)}
`;

runRuleTests(rule, {
  valid: [
    { name: 'a Deployment selecting its labels', code: manifests.deployment(containers) },
    {
      name: 'an RC selector defaulted from the template labels',
      code: rc('', '    metadata:\n      labels: {app: agent}\n'),
    },
  ],
  invalid: [
    {
      name: 'an empty Deployment selector',
      code: manifests.deployment(containers).replace('  selector:\n    matchLabels: {app: web}', '  selector: {}'),
      errors: [{ path: 'spec.selector', line: 6, column: 3, messageId: 'empty' }],
      output: null,
    },
    {
      name: 'an RC with neither selector nor template labels',
      code: rc('', ''),
      errors: [{ path: 'spec.selector', line: 5, column: 1, messageId: 'rcRequired' }],
    },
  ],
});
