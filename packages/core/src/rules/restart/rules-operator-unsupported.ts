import { defineRule } from '../../engine/rule.js';
import { caseFix } from '../../model/fixes.js';
import { asObject } from '../../model/values.js';
import { restartRuleEntries } from './utils/restart-rules.js';

const OPERATORS = ['In', 'NotIn'];

/** `exitCodes` is the only condition a restart rule has: absent, or with a wrong operator, it is refused. */
export default defineRule({
  meta: {
    id: 'restart/rules-operator-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: 'A restart rule needs exitCodes, with operator In or NotIn.',
    fixable: true,
    containerFields: ['restartPolicyRules'],
    versions: { since: '1.35' },
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerRestartPolicy' }],
    messages: {
      exitCodesMissing:
        'this restart rule has no exitCodes, so it could never match; the API server refuses it (Required value: must be specified): add exitCodes with operator In or NotIn and the exit codes it applies to',
      operatorUnsupported:
        'exit code operator {{detail}}: the API server accepts exactly "In" or "NotIn" and refuses the object{{detail2}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const entry of restartRuleEntries(site, context.kubernetesVersion)) {
          const exitCodes = asObject(entry.rule?.exitCodes);
          if (!exitCodes) {
            context.report({
              resource,
              path: [...entry.path, 'exitCodes'],
              messageId: 'exitCodesMissing',
            });
            continue;
          }
          const operator = exitCodes.operator;
          if (typeof operator === 'string' && OPERATORS.includes(operator)) continue;
          const path = [...entry.path, 'exitCodes', 'operator'];
          const fixed = typeof operator === 'string' ? caseFix(operator, OPERATORS, path, 'the operator') : undefined;
          context.report({
            resource,
            path,
            messageId: 'operatorUnsupported',
            data: {
              detail:
                operator === undefined || operator === null
                  ? 'is missing'
                  : JSON.stringify(operator) + ' is not supported',
              detail2: fixed ? `; write "${fixed.value}"` : '',
            },
            fix: fixed?.fix,
          });
        }
      },
    };
  },
});
