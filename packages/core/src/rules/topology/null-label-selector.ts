import { defineRule } from '../../engine/rule.js';
import { withApiWarning } from '../../model/api-warnings.js';
import { podLabels } from '../../model/selectors.js';
import { isSet } from '../../model/values.js';
import { nullSelectorWarning, spreadConstraints } from './utils/constraints.js';

export default defineRule({
  meta: {
    id: 'topology/null-label-selector',
    severity: 'warning',
    origin: 'api-warning',
    description: 'A topology spread constraint has no labelSelector, so it counts no pods.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
    messages: {
      nullLabelSelector: '{{warning}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const labels = Object.entries(podLabels(site)).filter(([, value]) => typeof value === 'string');
        const suggestion =
          labels.length > 0
            ? `labelSelector: {matchLabels: {${labels.map(([key, value]) => `${key}: ${String(value)}`).join(', ')}}}`
            : 'a labelSelector that matches the pods to spread';
        for (const { constraint, path } of spreadConstraints(site)) {
          if (isSet(constraint.labelSelector)) continue;
          const selectorPath = [...path, 'labelSelector'];
          context.report({
            resource,
            path: selectorPath,
            messageId: 'nullLabelSelector',
            data: {
              warning: withApiWarning(
                nullSelectorWarning(selectorPath),
                `every domain counts 0 pods, so the constraint spreads nothing; add ${suggestion}`,
              ),
            },
          });
        }
      },
    };
  },
});
