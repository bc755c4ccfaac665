import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { parseQuantity } from '../../model/quantity.js';
import { asObject, objectEntries, sameIgnoringCase } from '../../model/values.js';

const MAX_PERIOD_SECONDS = 1800;
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
const SELECT_POLICIES = ['Max', 'Min', 'Disabled'];
const POLICY_TYPES = ['Pods', 'Percent'];

function suggestion(value: string, allowed: readonly string[]): string {
  const fixed = sameIgnoringCase(value, allowed);
  return fixed ? `; did you mean ${fixed}?` : '';
}

export default defineRule({
  meta: {
    id: 'autoscaling/scaling-policy-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['HorizontalPodAutoscaler'],
    description:
      'HPA behavior rules need a known selectPolicy and policies of type Pods or Percent with value > 0 and periodSeconds 1-1800; windows 0-3600.',
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
        function: 'validateScalingRules',
        type: 'NotSupported',
        field: 'selectPolicy',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation',
        function: 'validateScalingRules',
        type: 'Required',
        field: 'policies',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/autoscaling/validation', function: 'validateScalingPolicy' },
    ],
    messages: {
      valueNotPositive:
        'policy value is {{value}}, but a policy must allow a change of at least 1, so the API server refuses the autoscaler; use selectPolicy: Disabled to stop scaling in this direction',
      periodRange: 'periodSeconds is {{value}}, outside 1-1800, so the API server refuses the autoscaler',
      windowRange: 'stabilizationWindowSeconds is {{value}}, outside 0-3600, so the API server refuses the autoscaler',
      selectPolicy:
        'selectPolicy "{{value}}" is not Max, Min or Disabled, so the API server refuses the autoscaler{{suggestion}}',
      policyType:
        'policy type "{{value}}" is not Pods or Percent, so the API server refuses the autoscaler{{suggestion}}',
      noPolicies:
        'policies is empty, but scaling rules need at least one policy (leave policies out for the defaults, or use selectPolicy: Disabled to stop scaling in this direction), so the API server refuses the autoscaler',
      toleranceNegative:
        'tolerance is {{value}}, but a tolerance cannot be negative, so the API server refuses the autoscaler',
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
          const selectPolicy = rules.selectPolicy;
          if (typeof selectPolicy === 'string' && !SELECT_POLICIES.includes(selectPolicy))
            context.report({
              resource,
              path: [...base, 'selectPolicy'],
              messageId: 'selectPolicy',
              data: { value: selectPolicy, suggestion: suggestion(selectPolicy, SELECT_POLICIES) },
            });
          // An absent list is defaulted; only a written empty one is refused.
          if (Array.isArray(rules.policies) && rules.policies.length === 0)
            context.report({ resource, path: [...base, 'policies'], messageId: 'noPolicies' });
          const tolerance = parseQuantity(rules.tolerance);
          if (tolerance && tolerance.numerator < 0n)
            context.report({
              resource,
              path: [...base, 'tolerance'],
              messageId: 'toleranceNegative',
              data: { value: String(rules.tolerance) },
            });
          for (const [index, policy] of objectEntries(rules.policies)) {
            const path: FieldPath = [...base, 'policies', index];
            const type = policy.type;
            if (typeof type === 'string' && type !== '' && !POLICY_TYPES.includes(type))
              context.report({
                resource,
                path: [...path, 'type'],
                messageId: 'policyType',
                data: { value: type, suggestion: suggestion(type, POLICY_TYPES) },
              });
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
