import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { isSet } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'policy/budget-min-and-max',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PodDisruptionBudget'],
    description: 'A PodDisruptionBudget sets minAvailable or maxUnavailable, not both.',
    fixable: false,
    source: 'ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/policy/validation',
        function: 'ValidatePodDisruptionBudgetSpec',
        // The error is reported at spec itself, so its call site names no child field.
        type: 'Invalid',
      },
    ],
    messages: {
      both: 'minAvailable and maxUnavailable are both set, which makes the budget ambiguous, so the API server refuses the PodDisruptionBudget; keep one of them',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'policy', ['PodDisruptionBudget'])) return;
        const spec = specOf(resource);
        if (!spec || !isSet(spec.minAvailable) || !isSet(spec.maxUnavailable)) return;
        context.report({
          resource,
          path: ['spec'],
          messageId: 'both',
          related: [
            { path: ['spec', 'minAvailable'], message: 'minAvailable' },
            { path: ['spec', 'maxUnavailable'], message: 'maxUnavailable' },
          ],
        });
      },
    };
  },
});
