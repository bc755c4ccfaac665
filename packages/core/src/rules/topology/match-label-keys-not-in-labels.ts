import { defineRule } from '../../engine/rule.js';
import { isObject } from '../../model/values.js';
import { podLabelKeys, spreadConstraints } from './utils/constraints.js';
import { labelKeyEntries, spreadLabelKeyConflicts } from './utils/label-keys.js';
import { labelKeyServerErrors } from '../../schema/names.js';

export default defineRule({
  meta: {
    id: 'topology/match-label-keys-not-in-labels',
    severity: 'info',
    origin: 'pitfall',
    description: 'A matchLabelKeys key is not a label of the pods, so it is ignored.',
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source:
      'TopologySpreadConstraint.MatchLabelKeys field documentation ("Keys that don\'t exist in the incoming pod labels will be ignored")',
    messages: {
      matchLabelKeysNotInLabels:
        'matchLabelKeys entry {{key}} is not a label of the {{subject}}, so the scheduler ignores it; add the {{key2}} label to {{detail2}}, or remove the key',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const present = podLabelKeys(site, resource);
        for (const { constraint, path } of spreadConstraints(site)) {
          // Without a selector the field is refused outright (topology/match-label-keys-without-selector).
          if (!isObject(constraint.labelSelector)) continue;
          // A key the selector also constrains is refused before 1.34: topology/match-label-keys-in-selector.
          const refused = new Set(
            spreadLabelKeyConflicts(constraint, path, present, context.kubernetesVersion).map(({ index }) => index),
          );
          for (const { index, key, path: keyPath } of labelKeyEntries(constraint, 'matchLabelKeys', path)) {
            if (present.has(key) || refused.has(index) || labelKeyServerErrors(key).length > 0) continue;
            context.report({
              resource,
              path: keyPath,
              messageId: 'matchLabelKeysNotInLabels',
              data: {
                key: JSON.stringify(key),
                subject: site.isTemplate ? "template's pods" : 'pod',
                key2: key,
                detail2: site.isTemplate ? 'the pod template' : 'the pod',
              },
            });
          }
        }
      },
    };
  },
});
