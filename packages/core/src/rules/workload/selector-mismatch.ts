import { defineRule } from '../../engine/rule.js';
import { selectorMatches } from '../../model/selectors.js';
import { asObject } from '../../model/values.js';

const KINDS_WITH_REQUIRED_SELECTOR = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

export default defineRule({
  meta: {
    id: 'workload/selector-mismatch',
    severity: 'error',
    origin: 'api-error',
    description: "A workload's selector must match its pod template's labels.",
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDeploymentSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateReplicaSetSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateDaemonSetSpec' },
      { package: 'k8s.io/kubernetes/pkg/apis/apps/validation', function: 'ValidateStatefulSetSpec' },
    ],
    messages: {
      selectorMismatch:
        'the template labels do not match spec.selector, so the controller could never find the pods it creates and the API server refuses the object (selector does not match template labels); make every selector label appear in spec.template.metadata.labels',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!KINDS_WITH_REQUIRED_SELECTOR.has(resource.kind) || resource.group !== 'apps') return;
        const spec = asObject(resource.object.spec);
        const selector = asObject(spec?.selector);
        const template = asObject(spec?.template);
        if (!selector || !template) return;
        const labels = asObject(asObject(template.metadata)?.labels) ?? {};
        const matchLabels = asObject(selector.matchLabels) ?? {};
        const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
        if (Object.keys(matchLabels).length === 0 && expressions.length === 0) return;
        if (selectorMatches(matchLabels, expressions, labels)) return;
        context.report({
          resource,
          path: ['spec', 'template', 'metadata', 'labels'],
          messageId: 'selectorMismatch',
          related: [{ path: ['spec', 'selector'], message: 'the selector the template labels must satisfy' }],
        });
      },
    };
  },
});
