import { defineRule } from '../../engine/rule.js';
import { labelSelectorMatches, podLabels } from '../../model/selectors.js';
import { asObject } from '../../model/values.js';
import { spreadConstraints } from './utils/constraints.js';
import { labelKeyEntries } from './utils/label-keys.js';

export default defineRule({
  meta: {
    id: 'topology/rolling-update-without-template-hash',
    severity: 'info',
    origin: 'pitfall',
    description: "A Deployment's spread constraint counts old and new revisions together during a rollout.",
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'Kubernetes docs, Pod Topology Spread Constraints (matchLabelKeys example with pod-template-hash)',
    messages: {
      rollingUpdateWithoutTemplateHash:
        'the selector matches the pods of every revision, so during a rollout the old and new ReplicaSets are balanced together and the new revision can end up skewed; add matchLabelKeys: [pod-template-hash] so each revision spreads on its own',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (resource.kind !== 'Deployment' || !['apps', 'extensions'].includes(resource.group)) return;
        // Recreate stops every old pod before the new ones start: the revisions never overlap.
        if (asObject(asObject(resource.object.spec)?.strategy)?.type === 'Recreate') return;
        const labels = podLabels(site);
        for (const { constraint, path } of spreadConstraints(site)) {
          const selector = asObject(constraint.labelSelector);
          if (
            !selector ||
            labelKeyEntries(constraint, 'matchLabelKeys', path).some(({ key }) => key === 'pod-template-hash')
          )
            continue;
          if ('pod-template-hash' in (asObject(selector.matchLabels) ?? {})) continue;
          if (!labelSelectorMatches(selector, labels)) continue;
          context.report({
            resource,
            path: [...path, 'matchLabelKeys'],
            messageId: 'rollingUpdateWithoutTemplateHash',
          });
        }
      },
    };
  },
});
