import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asArray, asObject, isSet } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'networking/ingress-rules-required',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Ingress'],
    description: 'An Ingress needs rules or a defaultBackend: without either it routes nothing.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'ValidateIngressSpec', type: 'Invalid' },
    ],
    messages: {
      required:
        'this Ingress has neither rules nor a defaultBackend, so it routes nothing; the API server refuses it (either `defaultBackend` or `rules` must be specified); add rules, or a defaultBackend',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['Ingress'])) return;
        const spec = resource.object.spec;
        if (spec !== undefined && spec !== null && !asObject(spec)) return;
        if (asArray(asObject(spec)?.rules).length > 0 || isSet(asObject(spec)?.defaultBackend)) return;
        context.report({ resource, path: ['spec'], messageId: 'required' });
      },
    };
  },
});
