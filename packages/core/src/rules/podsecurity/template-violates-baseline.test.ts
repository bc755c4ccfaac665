import * as manifests from '../../../test/support/manifests.js';
import { runRuleTests } from '../../../test/support/rule-tester.js';
import { deploymentIn, namespace } from '../../../test/fixtures/podsecurity/manifests.js';
import rule from './template-violates-baseline.js';

const containers = manifests.webContainer();
/** A container the restricted standard accepts. */
const restricted = manifests.webContainer(
  'securityContext:\n  allowPrivilegeEscalation: false\n  runAsNonRoot: true\n  capabilities: {drop: [ALL]}\n  seccompProfile: {type: RuntimeDefault}',
);

runRuleTests(rule, {
  valid: [
    { name: 'a compliant template', code: deploymentIn('baseline', containers) },
    { name: 'a privileged namespace', code: deploymentIn('privileged', `hostNetwork: true\n${containers}`) },
    {
      name: 'the Namespace is in another file',
      code: manifests
        .deployment(`hostNetwork: true\n${containers}`)
        .replace('  name: web\n', '  name: web\n  namespace: team-a\n'),
    },
  ],
  invalid: [
    {
      name: 'hostPID and a privileged container in a Deployment',
      code: deploymentIn('baseline', `hostPID: true\n${manifests.webContainer('securityContext: {privileged: true}')}`),
      errors: [
        {
          path: 'spec.template.spec.hostPID',
          line: 20,
          column: 7,
          messageId: 'template',
          message: 'admits the Deployment with a warning',
        },
        {
          path: 'spec.template.spec.containers[0].securityContext.privileged',
          line: 24,
          column: 29,
          messageId: 'template',
          message: 'container "web" sets securityContext.privileged: true',
        },
      ],
      output: null,
    },
    {
      name: 'a hostPath volume in a CronJob of a restricted namespace',
      code:
        namespace('restricted') +
        manifests
          .cronJob(`restartPolicy: OnFailure\n${restricted}\nvolumes:\n  - name: host\n    hostPath: {path: /}`)
          .replace('  name: web\n', '  name: web\n  namespace: team-a\n'),
      errors: [
        {
          path: 'spec.jobTemplate.spec.template.spec.volumes[0].hostPath',
          line: 30,
          column: 15,
          messageId: 'template',
        },
      ],
    },
  ],
});
