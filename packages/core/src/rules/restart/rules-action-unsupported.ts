import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { allowedActions, restartRuleEntries } from './utils/restart-rules.js';

export default defineRule({
  meta: {
    id: 'restart/rules-action-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A restart rule's action must be Restart (or, from 1.36, RestartAllContainers).",
    fixable: true,
    containerFields: ['restartPolicyRules'],
    versions: { since: '1.35' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerRestartPolicy' }],
    messages: {
      rulesActionUnsupported:
        'restart rule action {{detail}}: Kubernetes {{kubernetesVersion}} accepts {{join}}{{later}} and refuses the object{{detail2}}',
    },
  },
  create(context) {
    const allowed = allowedActions(context.kubernetesVersion);
    return {
      podSpec(site, resource) {
        for (const entry of restartRuleEntries(site, context.kubernetesVersion)) {
          const action = entry.rule?.action;
          if (typeof action === 'string' && allowed.includes(action)) continue;
          const path = [...entry.path, 'action'];
          const fixed = typeof action === 'string' ? caseFix(action, allowed, path, 'the action') : undefined;
          const later =
            action === 'RestartAllContainers' ? ' (RestartAllContainers needs Kubernetes 1.36 or later)' : '';
          context.report({
            resource,
            path,
            messageId: 'rulesActionUnsupported',
            data: {
              detail:
                action === undefined || action === null ? 'is missing' : JSON.stringify(action) + ' is not supported',
              kubernetesVersion: context.kubernetesVersion,
              join: allowed.map((value) => `"${value}"`).join(' or '),
              later,
              detail2: fixed ? `; write "${fixed.value}"` : '',
            },
            fix: fixed?.fix,
          });
        }
      },
    };
  },
});
