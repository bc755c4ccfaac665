import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, objectEntries } from '../../model/values.js';

const MAX_PERIOD_SECONDS = 1800;
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;

export default defineRule({
  meta: {
    id: 'autoscaling/scaling-policy-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'HPA behavior policies need a value above 0 and periodSeconds in 1-1800; stabilizationWindowSeconds must be in 0-3600.',
    fixable: false,
    source: 'validateScalingRules, validateScalingPolicy (pkg/apis/autoscaling/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'validateScalingRules',
        type: 'Invalid',
        field: 'stabilizationWindowSeconds',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'validateScalingPolicy',
        type: 'Invalid',
      },
    ],
    messages: {
      valueNotPositive:
        'policy value is {{value}}, but a policy must allow a change of at least 1, so the API server refuses the autoscaler; use selectPolicy: Disabled to stop scaling in this direction',
      periodRange: 'periodSeconds is {{value}}, outside 1-1800, so the API server refuses the autoscaler',
      windowRange: 'stabilizationWindowSeconds is {{value}}, outside 0-3600, so the API server refuses the autoscaler',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'autoscaling', ['HorizontalPodAutoscaler'])) return;
        const behavior = asObject(specOf(resource)?.behavior);
        if (!behavior) return;
        const integer = (value: unknown): number | undefined =>
          typeof value === 'number' && Number.isInteger(value) ? value : undefined;
        for (const direction of ['scaleUp', 'scaleDown']) {
          const rules = asObject(behavior[direction]);
          if (!rules) continue;
          const base: FieldPath = ['spec', 'behavior', direction];
          const window = integer(rules.stabilizationWindowSeconds);
          if (window !== undefined && (window < 0 || window > MAX_STABILIZATION_WINDOW_SECONDS)) {
            context.report({
              resource,
              path: [...base, 'stabilizationWindowSeconds'],
              messageId: 'windowRange',
              data: { value: window },
            });
          }
          for (const [index, policy] of objectEntries(rules.policies)) {
            const path: FieldPath = [...base, 'policies', index];
            const value = integer(policy.value ?? 0);
            if (value !== undefined && value <= 0)
              context.report({ resource, path: [...path, 'value'], messageId: 'valueNotPositive', data: { value } });
            const period = integer(policy.periodSeconds ?? 0);
            if (period !== undefined && (period <= 0 || period > MAX_PERIOD_SECONDS))
              context.report({
                resource,
                path: [...path, 'periodSeconds'],
                messageId: 'periodRange',
                data: { value: period },
              });
          }
        }
      },
    };
  },
});
