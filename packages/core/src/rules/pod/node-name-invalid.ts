import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/node-name-invalid',
  description: "A pod's nodeName must be a DNS subdomain, the syntax of Node names.",
  sources: [
    {
      package: 'k8s.io/kubernetes/pkg/apis/core/validation',
      function: 'ValidatePodSpec',
      type: 'Invalid',
      field: 'nodeName',
    },
  ],
  fixable: false,
  podSpecFields: ['nodeName'],
  syntax: 'dns1123-subdomain',
  subject: 'node name',
  advice: 'use a Node name as `kubectl get nodes` shows it, or select the node with nodeSelector',
  occurrences(site) {
    return [{ path: [...site.path, 'nodeName'], value: site.spec.nodeName }];
  },
});
