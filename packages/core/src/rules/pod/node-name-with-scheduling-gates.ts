import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'pod/node-name-with-scheduling-gates',
    severity: 'error',
    origin: 'api-error',
    description: 'A Pod with schedulingGates cannot be created with a nodeName.',
    fixable: false,
    podSpecFields: ['schedulingGates'],
    source: 'ValidatePodCreate (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePodCreate',
        type: 'Forbidden',
        field: 'nodeName',
      },
    ],
    messages: {
      both: 'the Pod sets nodeName {{node}} and has scheduling gates; a gated pod cannot be bound to a node, so the API server refuses the object; use a nodeSelector on kubernetes.io/hostname instead',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        // Templates are not checked: their pods are created without gates being cleared by this manifest.
        if (resource.kind !== 'Pod' || site.isTemplate) return;
        const nodeName = site.spec.nodeName;
        if (typeof nodeName !== 'string' || nodeName === '' || asArray(site.spec.schedulingGates).length === 0) return;
        context.report({
          resource,
          path: [...site.path, 'nodeName'],
          messageId: 'both',
          data: { node: JSON.stringify(nodeName) },
        });
      },
    };
  },
});
