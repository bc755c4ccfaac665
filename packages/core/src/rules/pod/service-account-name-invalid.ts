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
    const name = site.spec.serviceAccountName;
    // Decoding fills an empty serviceAccountName from the deprecated serviceAccount, so the API
    // server validates that one (and names serviceAccountName in its error).
    if ((name === undefined || name === null || name === '') && site.spec.serviceAccount !== undefined)
      return [{ path: [...site.path, 'serviceAccount'], value: site.spec.serviceAccount }];
    return [{ path: [...site.path, 'serviceAccountName'], value: name }];
  },
});
