import { defineRule } from '../../engine/rule.js';
import { asArray, asObject } from '../../model/values.js';
import { containersWithValidatedRules, restartRuleEntries } from './utils/restart-rules.js';

const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;

export default defineRule({
  meta: {
    id: 'restart/rules-too-many',
    severity: 'error',
    origin: 'api-error',
    description: 'A container has more than 20 restart rules, or a rule lists more than 255 exit codes.',
    fixable: false,
    containerFields: ['restartPolicyRules'],
    versions: { since: '1.35' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerRestartPolicy' }],
    messages: {
      tooManyRules:
        '{{count}} restart rules is more than the {{MAX_RULES}} the API server accepts (Too many: {{count}}: must have at most {{MAX_RULES}} items); merge rules that share an action',
      tooManyExitCodes:
        '{{length}} exit codes is more than the {{MAX_EXIT_CODES}} the API server accepts in one rule (Too many: {{length}}: must have at most {{MAX_EXIT_CODES}} items); list the few codes that must not match with operator NotIn instead',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersWithValidatedRules(site, context.kubernetesVersion)) {
          const count = asArray(container.container.restartPolicyRules).length;
          if (count <= MAX_RULES) continue;
          context.report({
            resource,
            path: [...container.path, 'restartPolicyRules'],
            messageId: 'tooManyRules',
            data: { count, MAX_RULES },
          });
        }
        for (const entry of restartRuleEntries(site, context.kubernetesVersion)) {
          const values = asArray(asObject(entry.rule?.exitCodes)?.values);
          if (values.length <= MAX_EXIT_CODES) continue;
          context.report({
            resource,
            path: [...entry.path, 'exitCodes', 'values'],
            messageId: 'tooManyExitCodes',
            data: { length: values.length, MAX_EXIT_CODES },
          });
        }
      },
    };
  },
});
