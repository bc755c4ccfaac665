import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asArray, asObject, isObject } from '../../model/values.js';

const APPS_KINDS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'];

function isEmptyMap(value: unknown): boolean {
  return value === undefined || value === null || (isObject(value) && Object.keys(value).length === 0);
}

export default defineRule({
  meta: {
    id: 'workload/selector-empty',
    severity: 'error',
    origin: 'api-error',
    description: 'A workload selector must not be empty: it would select every pod in the namespace.',
    fixable: false,
    kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'],
    source:
      'ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec (pkg/apis/apps/validation), ValidateReplicationControllerSpec (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDeploymentSpec',
        type: 'Invalid',
        field: 'selector',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateReplicaSetSpec',
        type: 'Invalid',
        field: 'selector',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateStatefulSetSpec',
        type: 'Invalid',
        field: 'selector',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/apps/validation',
        function: 'ValidateDaemonSetSpec',
        type: 'Invalid',
        field: 'selector',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateNonEmptySelector', type: 'Required' },
    ],
    messages: {
      empty:
        "spec.selector is empty, so it would select every pod in the namespace, and the API server refuses the {{kind}}; select the template's labels (e.g. matchLabels: {app: web})",
      rcRequired:
        'this ReplicationController has no selector and its template has no labels to default one from, so the API server refuses it (spec.selector: Required value); add template labels (and a matching selector)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = specOf(resource);
        if (!spec) return;
        if (isBuiltin(resource, 'apps', APPS_KINDS)) {
          const selector = asObject(spec.selector);
          if (!selector || !isEmptyMap(selector.matchLabels) || asArray(selector.matchExpressions).length > 0) return;
          context.report({ resource, path: ['spec', 'selector'], messageId: 'empty', data: { kind: resource.kind } });
          return;
        }
        if (!isBuiltin(resource, '', ['ReplicationController']) || !isEmptyMap(spec.selector)) return;
        const template = asObject(spec.template);
        if (!template || !isEmptyMap(asObject(template.metadata)?.labels)) return;
        context.report({ resource, path: ['spec', 'selector'], messageId: 'rcRequired' });
      },
    };
  },
});
