import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/priority-class-name-invalid',
  description: "A pod's priorityClassName must be a DNS subdomain, the syntax of PriorityClass names.",
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidatePodSpec',
      type: 'Invalid',
      field: 'priorityClassName',
    },
  ],
  fixable: false,
  podSpecFields: ['priorityClassName'],
  syntax: 'dns1123-subdomain',
  subject: 'priority class name',
  advice: 'use the name of an existing PriorityClass (lower-case letters, digits, "-" and ".")',
  occurrences(site) {
    return [{ path: [...site.path, 'priorityClassName'], value: site.spec.priorityClassName }];
  },
});
