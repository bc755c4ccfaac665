import { immutableFieldsRule } from './fields.js';

export default immutableFieldsRule({
  meta: {
    id: 'immutable/ingress-class-controller-changed',
    description: "An IngressClass's controller may not change.",
    help: [
      'The controller named by an IngressClass owns every Ingress of that class, so the API server refuses a new `spec.controller` (`field is immutable`). `spec.parameters` may change.',
      '',
      'Create an IngressClass with a new name for the other controller and move the Ingresses to it (`ingressClassName`), or delete and re-create the class.',
      '',
      'Bad (old → new):',
      '```yaml',
      'spec: {controller: k8s.io/ingress-nginx}   # → example.com/other',
      '```',
      'Good (old → new):',
      '```yaml',
      'metadata:',
      '  annotations: {}   # → ingressclass.kubernetes.io/is-default-class: "true"',
      '```',
    ].join('\n'),
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'ValidateIngressClassUpdate' },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/validation', function: 'validateIngressClassSpecUpdate' },
    ],
  },
  kinds: [{ kind: 'IngressClass', groups: ['networking.k8s.io'] }],
  fields: [{ path: ['spec', 'controller'], complaint: 'field is immutable' }],
  wayOut: () => 'create an IngressClass with a new name for the new controller and move the Ingresses to it, or delete and re-create the class',
});
