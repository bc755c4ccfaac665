import { defineRule } from '../../engine/rule.js';
import { compareVersions } from '../../engine/versions.js';
import type { Resource } from '../../model/resource.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { controllerAddedLabels, matchLabelKeysOf, mergeConflicts, podLabels, selectorKeys, spreadConstraints, type Conflict } from './constraints.js';

/** 1.29–1.33: any matchLabelKeys entry that the selector already constrains. */
function legacyConflicts(keys: Array<{ index: number; key: string }>, selector: PlainObject): Conflict[] {
  const { matchLabels, expressions } = selectorKeys(selector);
  const constrained = new Set([...matchLabels, ...expressions]);
  return keys.filter(({ key }) => constrained.has(key)).map(({ index, key }) => ({ index, key, onlyAfterMerge: false }));
}

function podLabelKeysOf(resource: Resource, labels: PlainObject): Set<string> {
  return new Set([...Object.keys(labels), ...controllerAddedLabels(resource)]);
}

function keysPresent(keys: Array<{ key: string }>, present: ReadonlySet<string>): string[] {
  return keys.map(({ key }) => key).filter((key) => present.has(key));
}

export default defineRule({
  meta: {
    id: 'topology/match-label-keys-in-selector',
    severity: 'error',
    origin: 'api-error',
    description: 'A matchLabelKeys key is also constrained by the labelSelector.',
    help: [
      "`matchLabelKeys` adds `key In (<the pod's own value>)` to the labelSelector. A key the selector already constrains is refused (`exists in both matchLabelKeys and labelSelector`): before 1.34 whenever the key appears in both; from 1.34 the API server merges the keys into the selector when it creates a **Pod**, and refuses the Pod when a merged key was already in the selector. Templates are not merged, so a Deployment with the overlap is accepted, but every Pod its ReplicaSet creates is refused and none ever runs. Keep the key in one place: the selector for a fixed value, matchLabelKeys for \"the pod's own value\".",
      '',
      'Bad:',
      '```yaml',
      'labelSelector: {matchLabels: {app: web}}',
      'matchLabelKeys: [app]',
      '```',
      'Good:',
      '```yaml',
      'labelSelector: {matchLabels: {app: web}}',
      'matchLabelKeys: [pod-template-hash]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'ValidateMatchLabelKeysInTopologySpread (≤1.33), ValidateMatchLabelKeysAndMismatchLabelKeys after the Pod strategy\'s applyMatchLabelKeys (1.34+)',
  },
  create(context) {
    const merges = compareVersions(context.kubernetesVersion, '1.34') >= 0;
    return {
      podSpec(site, resource) {
        const labels = podLabels(site);
        for (const { constraint, path } of spreadConstraints(site)) {
          const selector = asObject(constraint.labelSelector);
          const keys = matchLabelKeysOf(constraint);
          if (!selector || keys.length === 0) continue;
          const conflicts = merges ? mergeConflicts(keys, selector, keysPresent(keys, podLabelKeysOf(resource, labels))) : legacyConflicts(keys, selector);
          for (const conflict of conflicts) {
            const fix = `keep ${JSON.stringify(conflict.key)} in one place: in the labelSelector for a fixed value, or in matchLabelKeys for the pod's own value`;
            const consequence = !conflict.onlyAfterMerge
              ? 'the API server refuses the object (exists in both matchLabelKeys and labelSelector)'
              : site.isTemplate
                ? `the ${resource.kind} itself is accepted, but the API server merges the key into the selector of every Pod created from this template and refuses each of them (exists in both matchLabelKeys and labelSelector), so no pod ever runs`
                : 'the API server merges it into the selector with the pod\'s own value and then refuses the Pod (exists in both matchLabelKeys and labelSelector)';
            context.report({
              resource,
              // From 1.34 the API server's path is `topologySpreadConstraints[i][k]`, which names no field.
              path: [...path, 'matchLabelKeys', conflict.index],
              message: `matchLabelKeys entry ${JSON.stringify(conflict.key)} is also constrained by the labelSelector; ${consequence}; ${fix}`,
              related: [{ path: [...path, 'labelSelector'], message: 'the selector that already constrains this key' }],
            });
          }
        }
      },
    };
  },
});
