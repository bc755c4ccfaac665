import { defineRule } from '../../engine/rule.js';
import { asArray } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'pod/ephemeral-containers-forbidden',
    severity: 'error',
    origin: 'api-error',
    description:
      'ephemeralContainers cannot be written in a manifest: they are added to running pods with kubectl debug.',
    fixable: false,
    podSpecFields: ['ephemeralContainers'],
    source: 'ValidatePodCreate, ValidatePodTemplateSpec (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePodCreate',
        type: 'Forbidden',
        field: 'ephemeralContainers',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidatePodTemplateSpec',
        type: 'Forbidden',
        field: 'ephemeralContainers',
      },
    ],
    messages: {
      pod: 'a Pod cannot be created with ephemeralContainers: they are added to a running pod with kubectl debug, so the API server refuses the object; remove them, or use a regular or sidecar container',
      template:
        'a pod template cannot have ephemeralContainers: they are added to running pods with kubectl debug, so the API server refuses the object; remove them, or use a regular or sidecar container',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (asArray(site.spec.ephemeralContainers).length === 0) return;
        context.report({
          resource,
          path: [...site.path, 'ephemeralContainers'],
          messageId: site.isTemplate ? 'template' : 'pod',
        });
      },
    };
  },
});
