import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { controllerAddedLabels, mergeConflicts, podLabels } from './constraints.js';
import { AFFINITY_LABEL_KEYS_SINCE, affinityTerms, describeTerm, termLabelKeys } from './affinity-terms.js';

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-match-label-keys-in-selector',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's matchLabelKeys key is also constrained by its labelSelector.",
    help: [
      "When the API server creates a Pod it appends `key In (<own value>)` to the term's labelSelector for every matchLabelKeys key the pod carries (and `NotIn` for mismatchLabelKeys), then refuses the Pod when a matchLabelKeys key ends up constrained twice (`exists in both matchLabelKeys and labelSelector`). Templates are not merged, so a Deployment with the overlap is accepted but every Pod it creates is refused. Keep the key in one place.",
      '',
      'Bad:',
      '```yaml',
      'labelSelector: {matchLabels: {app: web}}',
      'matchLabelKeys: [app]',
      '```',
      'Good:',
      '```yaml',
      'labelSelector: {matchLabels: {app: web}}',
      'matchLabelKeys: [tenant]',
      '```',
    ].join('\n'),
    fixable: false,
    versions: { since: AFFINITY_LABEL_KEYS_SINCE },
    source: "ValidateMatchLabelKeysAndMismatchLabelKeys after the Pod strategy's applyMatchLabelKeysAndMismatchLabelKeys",
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const present = new Set([...Object.keys(podLabels(site)), ...controllerAddedLabels(resource)]);
        for (const term of affinityTerms(site)) {
          const selector = asObject(term.term.labelSelector);
          const matchKeys = termLabelKeys(term, 'matchLabelKeys');
          if (!selector || matchKeys.length === 0) continue;
          const merged = [...matchKeys, ...termLabelKeys(term, 'mismatchLabelKeys')].map(({ key }) => key).filter((key) => present.has(key));
          for (const conflict of mergeConflicts(matchKeys, selector, merged)) {
            const consequence = !conflict.onlyAfterMerge
              ? 'the API server refuses the object'
              : site.isTemplate
                ? `the ${resource.kind} itself is accepted, but the API server merges the key into the selector of every Pod created from this template and refuses each of them, so no pod ever runs`
                : "the API server merges it into the selector with the pod's own value and then refuses the Pod";
            context.report({
              resource,
              // The API server's path is `<term>[k]`, which names no field.
              path: [...term.path, 'matchLabelKeys', conflict.index],
              message: `${describeTerm(term)} lists ${JSON.stringify(conflict.key)} in matchLabelKeys although its labelSelector already constrains it; ${consequence} (exists in both matchLabelKeys and labelSelector); keep ${JSON.stringify(conflict.key)} in one place`,
              related: [{ path: [...term.path, 'labelSelector'], message: 'the selector that already constrains this key' }],
            });
          }
        }
      },
    };
  },
});
