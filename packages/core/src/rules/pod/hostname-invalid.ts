import { countMentions, nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/hostname-invalid',
  description: 'A pod\'s hostname must be a DNS label: at most 63 lower-case letters, digits and "-".',
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidatePodSpec',
      type: 'Invalid',
      field: 'hostname',
    },
  ],
  fixable: true,
  podSpecFields: ['hostname'],
  syntax: 'dns1123-label',
  subject: 'hostname',
  advice: 'use lower-case letters, digits and "-" only (a label, no dots)',
  occurrences(site, resource) {
    // The StatefulSet controller overwrites it with the pod's name, so the API server does not validate it there.
    if (resource.kind === 'StatefulSet') return [];
    const value = site.spec.hostname;
    return [
      {
        path: [...site.path, 'hostname'],
        value,
        renameIsSafe: () => typeof value === 'string' && countMentions(resource.object, value) === 1,
      },
    ];
  },
});
