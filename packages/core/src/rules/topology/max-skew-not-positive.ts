import { defineRule } from '../../engine/rule.js';
import { spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/max-skew-not-positive',
    severity: 'error',
    origin: 'api-error',
    description: 'A topology spread constraint needs a maxSkew of at least 1.',
    fixable: true,
    podSpecFields: ['topologySpreadConstraints'],
    reportsSchemaProblems: [{ problems: ['required'], field: 'core.v1.TopologySpreadConstraint.maxSkew' }],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateTopologySpreadConstraints' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePositiveField' },
    ],
    messages: {
      maxSkewMissing:
        'the constraint has no maxSkew, which counts as 0 and the API server refuses it (must be greater than zero); add maxSkew: 1 to spread as evenly as possible',
      maxSkewNotPositive:
        'maxSkew {{raw}} is not allowed: it is the largest difference in matching pods between two domains and the API server refuses values below 1 (must be greater than zero); use maxSkew: 1 to spread as evenly as possible',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { constraint, path } of spreadConstraints(site)) {
          const raw = constraint.maxSkew;
          const missing = raw === undefined || raw === null;
          if (!missing && (typeof raw !== 'number' || raw > 0)) continue;
          const skewPath = [...path, 'maxSkew'];
          // Only an explicit 0 has an obvious repair; a negative number may be a typo for something else.
          const fix =
            raw === 0
              ? { fix: { description: 'Set maxSkew to 1', replaceValues: [{ path: skewPath, value: 1 }] } }
              : {};
          context.report({
            resource,
            path: skewPath,
            ...(missing ? { messageId: 'maxSkewMissing' } : { messageId: 'maxSkewNotPositive', data: { raw } }),
            ...fix,
          });
        }
      },
    };
  },
});
