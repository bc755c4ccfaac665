import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/node-name-invalid',
  description: "A pod's nodeName must be a DNS subdomain, the syntax of Node names.",
  help: [
    "`nodeName` binds the pod to one Node by name, bypassing the scheduler. Node names are RFC 1123 subdomains, so the API server refuses any other value (`a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters`). Use the name `kubectl get nodes` shows, or better a `nodeSelector` on `kubernetes.io/hostname`.",
    "",
    "Bad:",
    "```yaml",
    "nodeName: Worker_1",
    "```",
    "Good:",
    "```yaml",
    "nodeName: worker-1",
    "```",
  ].join('\n'),
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec', type: 'Invalid', field: 'nodeName' }],
  fixable: false,
  syntax: 'dns1123-subdomain',
  subject: 'node name',
  advice: "use a Node name as `kubectl get nodes` shows it, or select the node with nodeSelector",
  occurrences(site) {
    return [{ path: [...site.path, 'nodeName'], value: site.spec.nodeName }];
  },
});
