import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/service-account-name-invalid',
  description: "A pod's serviceAccountName must be a DNS subdomain, the syntax of ServiceAccount names.",
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidatePodSpec',
      type: 'Invalid',
      field: 'serviceAccountName',
    },
  ],
  fixable: false,
  syntax: 'dns1123-subdomain',
  subject: 'service account name',
  advice: 'use the name of an existing ServiceAccount (lower-case letters, digits, "-" and ".")',
  occurrences(site) {
    return [{ path: [...site.path, 'serviceAccountName'], value: site.spec.serviceAccountName }];
  },
});
