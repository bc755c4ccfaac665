import { immutableFieldsRule } from './utils/fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/ingress-class-controller-changed',
    description: "An IngressClass's controller may not change.",
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'ValidateIngressClassUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'validateIngressClassSpecUpdate' },
    ],
  },
  kinds: [{ kind: 'IngressClass', groups: ['networking.k8s.io'] }],
  fields: [{ path: ['spec', 'controller'], complaint: 'field is immutable' }],
  wayOut: () =>
    'create an IngressClass with a new name for the new controller and move the Ingresses to it, or delete and re-create the class',
});
