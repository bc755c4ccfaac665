import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/runtime-class-name-invalid',
  description: "A pod's runtimeClassName must be a DNS subdomain, the syntax of RuntimeClass names.",
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidateRuntimeClassName',
      type: 'Invalid',
    },
  ],
  fixable: false,
  podSpecFields: ['runtimeClassName'],
  syntax: 'dns1123-subdomain',
  subject: 'runtime class name',
  advice: 'use the name of an existing RuntimeClass (lower-case letters, digits, "-" and ".")',
  occurrences(site) {
    // ValidateRuntimeClassName runs whenever the field is set, so an empty name is refused too.
    return [{ path: [...site.path, 'runtimeClassName'], value: site.spec.runtimeClassName, validateEmpty: true }];
  },
});
