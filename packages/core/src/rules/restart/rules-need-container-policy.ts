import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { hasRestartRules } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/rules-need-container-policy',
    severity: 'error',
    origin: 'api-error',
    description: 'A container with restartPolicyRules must also set its own restartPolicy.',
    fixable: false,
    containerFields: ['restartPolicyRules'],
    versions: { since: '1.35' },
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerRestartPolicy' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainerRestartPolicy' },
    ],
    messages: {
      rulesNeedContainerPolicy:
        '{{container}} has restartPolicyRules but no restartPolicy of its own, so the rules refine nothing; the API server refuses it (Required value: must specify restartPolicy when restart rules are used): add restartPolicy (e.g. "Never") to the container',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site, ['initContainers', 'containers'])) {
          const policy = container.container.restartPolicy;
          if ((policy !== undefined && policy !== null) || !hasRestartRules(container)) continue;
          context.report({
            resource,
            path: [...container.path, 'restartPolicy'],
            messageId: 'rulesNeedContainerPolicy',
            data: { container: describeContainer(container) },
            related: [
              {
                path: [...container.path, 'restartPolicyRules'],
                message: 'the rules that need a container restartPolicy',
              },
            ],
          });
        }
      },
    };
  },
});
