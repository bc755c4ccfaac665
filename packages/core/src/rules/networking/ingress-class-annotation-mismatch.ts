import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, preview } from '../../model/values.js';

const ANNOTATION = 'kubernetes.io/ingress.class';

export default defineRule({
  meta: {
    id: 'networking/ingress-class-annotation-mismatch',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Ingress'],
    description:
      'A new Ingress with both the kubernetes.io/ingress.class annotation and spec.ingressClassName must give the same class in both.',
    fixable: false,
    createOnly: true,
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'ValidateIngressCreate',
        type: 'Invalid',
      },
    ],
    messages: {
      mismatch:
        'the {{annotation}} annotation says {{annotated}} but spec.ingressClassName says {{className}}, so the controller is ambiguous; the API server refuses the new Ingress (must match `ingressClassName` when both are specified); remove the annotation, or make the two equal',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['Ingress'])) return;
        const annotated = asObject(asObject(resource.object.metadata)?.annotations)?.[ANNOTATION];
        const className = specOf(resource)?.ingressClassName;
        if (typeof annotated !== 'string' || typeof className !== 'string' || annotated === className) return;
        context.report({
          resource,
          path: ['metadata', 'annotations', ANNOTATION],
          messageId: 'mismatch',
          data: { annotation: ANNOTATION, annotated: preview(annotated), className: preview(className) },
        });
      },
    };
  },
});
