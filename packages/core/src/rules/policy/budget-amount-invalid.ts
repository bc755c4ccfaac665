import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { intOrPercentProblem, readIntOrPercent } from '../../model/int-or-percent.js';

export default defineRule({
  meta: {
    id: 'policy/budget-amount-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PodDisruptionBudget'],
    description:
      'PodDisruptionBudget minAvailable and maxUnavailable must be a non-negative integer or a percentage up to "100%".',
    fixable: true,
    source:
      'ValidatePodDisruptionBudgetSpec with ValidatePositiveIntOrPercent, IsNotMoreThan100Percent (pkg/apis/policy/validation, pkg/apis/apps/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidatePositiveIntOrPercent' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'IsNotMoreThan100Percent' },
    ],
    messages: {
      negative:
        '{{field}} is {{value}}: a number of pods cannot be negative, so the API server refuses the PodDisruptionBudget',
      format:
        '{{field}} "{{value}}" is neither a number nor a percentage such as "50%", so the API server refuses the PodDisruptionBudget{{hint}}',
      over100:
        '{{field}} is {{value}}, more than all of the selected pods, so the API server refuses the PodDisruptionBudget; use at most "100%"',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'policy', ['PodDisruptionBudget'])) return;
        const spec = specOf(resource);
        if (!spec) return;
        for (const field of ['minAvailable', 'maxUnavailable']) {
          const raw = spec[field];
          const parsed = readIntOrPercent(raw);
          const problem = parsed && intOrPercentProblem(parsed, true);
          if (!problem) continue;
          const path = ['spec', field];
          const digits = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : undefined;
          context.report({
            resource,
            path,
            messageId: problem.messageId,
            data: {
              field,
              value: String(raw),
              hint: digits !== undefined ? `; write the number without quotes (${digits}) or add "%"` : '',
            },
            ...(digits !== undefined
              ? { fix: { description: `Write ${digits} as a number`, replaceValues: [{ path, value: digits }] } }
              : {}),
          });
        }
      },
    };
  },
});
