import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/subdomain-invalid',
  description: "A pod's subdomain must be a DNS label, the name of a headless Service.",
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidatePodSpec',
      type: 'Invalid',
      field: 'subdomain',
    },
  ],
  fixable: false,
  podSpecFields: ['subdomain'],
  syntax: 'dns1123-label',
  subject: 'subdomain',
  advice: 'write the name of the headless Service (lower-case letters, digits and "-", no dots)',
  occurrences(site, resource) {
    // The StatefulSet controller overwrites it with serviceName, so the API server does not validate it there.
    if (resource.kind === 'StatefulSet') return [];
    return [{ path: [...site.path, 'subdomain'], value: site.spec.subdomain }];
  },
});
