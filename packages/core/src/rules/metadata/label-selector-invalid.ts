import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import type { Resource } from '../../model/resource.js';
import { asObject, objectEntries } from '../../model/values.js';
import { reportMatchExpressions, SELECTOR_MESSAGES } from '../factories/label-selector.js';

/** The label selectors of the kinds this rule covers, where they are written. */
function selectorsOf(resource: Resource): Array<[Record<string, unknown>, FieldPath]> {
  const spec = asObject(resource.object.spec);
  const own = (path: FieldPath, value: unknown): Array<[Record<string, unknown>, FieldPath]> => {
    const selector = asObject(value);
    return selector ? [[selector, path]] : [];
  };
  const key = `${resource.group}/${resource.kind}`;
  switch (key) {
    case 'apps/Deployment':
    case 'apps/ReplicaSet':
    case 'apps/StatefulSet':
    case 'apps/DaemonSet':
    case 'batch/Job':
    case 'policy/PodDisruptionBudget':
      return own(['spec', 'selector'], spec?.selector);
    case 'rbac.authorization.k8s.io/ClusterRole':
      return objectEntries(asObject(resource.object.aggregationRule)?.clusterRoleSelectors).map(([index, selector]) => [
        selector,
        ['aggregationRule', 'clusterRoleSelectors', index],
      ]);
    default:
      return [];
  }
}

export default defineRule({
  meta: {
    id: 'metadata/label-selector-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'Label selector expressions use In, NotIn, Exists or DoesNotExist with values only for In and NotIn, label-name keys and label values.',
    fixable: false,
    kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'PodDisruptionBudget', 'ClusterRole'],
    sources: [
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelSelectorRequirement' },
      { package: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation', function: 'ValidateLabelName' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateClusterRole', type: 'Invalid' },
    ],
    messages: SELECTOR_MESSAGES,
  },
  create(context) {
    return {
      resource(resource) {
        for (const [selector, path] of selectorsOf(resource)) reportMatchExpressions(context, resource, selector, path);
      },
    };
  },
});
