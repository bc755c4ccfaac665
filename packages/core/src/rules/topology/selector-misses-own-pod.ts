import { defineRule } from '../../engine/rule.js';
import { labelSelectorMatches, podLabels, selectorMatches } from '../../model/selectors.js';
import { asArray, asObject, isObject, objectEntries, type PlainObject } from '../../model/values.js';
import { controllerAddedLabels, spreadConstraints } from './utils/constraints.js';
import { selectorKeys } from './utils/label-keys.js';

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** A selector podlint can evaluate: known operators, and only keys whose values the template fixes. */
function evaluable(selector: PlainObject, unknownKeys: ReadonlySet<string>): boolean {
  if (!isObject(selector.matchLabels ?? {}) || !Array.isArray(selector.matchExpressions ?? [])) return false;
  const expressionsOk = asArray(selector.matchExpressions).every(
    (expression) =>
      isObject(expression) &&
      typeof expression.key === 'string' &&
      typeof expression.operator === 'string' &&
      OPERATORS.has(expression.operator),
  );
  const { matchLabels, expressions } = selectorKeys(selector);
  return expressionsOk && ![...matchLabels, ...expressions].some((key) => unknownKeys.has(key));
}

/** The first requirement the labels fail, for the message. */
function firstMismatch(selector: PlainObject, labels: PlainObject): string {
  for (const [key, value] of Object.entries(asObject(selector.matchLabels) ?? {})) {
    if (labels[key] !== value)
      return `matchLabels ${key}=${String(value)} (the pods have ${key in labels ? `${key}=${String(labels[key])}` : `no ${key} label`})`;
  }
  for (const [, expression] of objectEntries(selector.matchExpressions)) {
    if (!selectorMatches({}, [expression], labels))
      return `the expression ${String(expression.key)} ${String(expression.operator)}${Array.isArray(expression.values) ? ` (${expression.values.map(String).join(', ')})` : ''}`;
  }
  return 'the selector';
}

export default defineRule({
  meta: {
    id: 'topology/selector-misses-own-pod',
    severity: 'warning',
    origin: 'pitfall',
    description: "A topology spread constraint's labelSelector does not select the pods it places.",
    fixable: false,
    podSpecFields: ['topologySpreadConstraints'],
    source: 'Kubernetes docs, Pod Topology Spread Constraints (the selector defines the counted group)',
    messages: {
      selectorMissesOwnPod:
        "the labelSelector does not select the pods this {{subject}}: they fail {{selector}}, so they are never counted and the constraint does not spread them; select the pod's own labels, e.g. those in {{detail2}}",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const labels = podLabels(site);
        // Keys a controller adds have values podlint cannot know; matchLabelKeys always match the pod itself.
        const unknownKeys = new Set(controllerAddedLabels(resource));
        for (const { constraint, path } of spreadConstraints(site)) {
          const selector = asObject(constraint.labelSelector);
          if (!selector || !evaluable(selector, unknownKeys)) continue;
          if (labelSelectorMatches(selector, labels)) continue;
          context.report({
            resource,
            path: [...path, 'labelSelector'],
            messageId: 'selectorMissesOwnPod',
            data: {
              subject: site.isTemplate ? 'template creates' : 'constraint places',
              selector: firstMismatch(selector, labels),
              detail2: site.isTemplate ? 'the template metadata' : 'metadata.labels',
            },
            related: [{ path: [...site.metadataPath, 'labels'], message: "the pod's labels" }],
          });
        }
      },
    };
  },
});
