import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'workload/rc-selector-mismatch',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ReplicationController'],
    description: "A ReplicationController's template labels must include every label of its spec.selector.",
    fixable: false,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePodTemplateSpecForRC',
        type: 'Invalid',
        field: 'labels',
      },
    ],
    messages: {
      mismatch:
        "the template labels do not match spec.selector ({{missing}}), so the controller could never find the pods it creates and the API server refuses the object; add the selector's labels to spec.template.metadata.labels",
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== '' || resource.kind !== 'ReplicationController') return;
        const spec = asObject(resource.object.spec);
        const template = asObject(spec?.template);
        const selector = asObject(spec?.selector);
        if (!template || !selector || Object.keys(selector).length === 0) return;
        const labels = asObject(asObject(template.metadata)?.labels) ?? {};
        const missing = Object.entries(selector)
          .filter(([key, value]) => !Object.prototype.hasOwnProperty.call(labels, key) || labels[key] !== value)
          .map(([key, value]) => `${key}=${String(value)}`);
        if (missing.length === 0) return;
        context.report({
          resource,
          path: ['spec', 'template', 'metadata', 'labels'],
          messageId: 'mismatch',
          data: { missing: missing.join(', ') },
        });
      },
    };
  },
});
