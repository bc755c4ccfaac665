import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/priority-class-name-invalid',
  description: "A pod's priorityClassName must be a DNS subdomain, the syntax of PriorityClass names.",
  help: [
    "`priorityClassName` names a PriorityClass, whose names are RFC 1123 subdomains. Any other value is refused (`a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters`). The built-in classes are `system-cluster-critical` and `system-node-critical`.",
    "",
    "Bad:",
    "```yaml",
    "priorityClassName: High_Priority",
    "```",
    "Good:",
    "```yaml",
    "priorityClassName: high-priority",
    "```",
  ].join('\n'),
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec', type: 'Invalid', field: 'priorityClassName' }],
  fixable: false,
  syntax: 'dns1123-subdomain',
  subject: 'priority class name',
  advice: "use the name of an existing PriorityClass (lower-case letters, digits, \"-\" and \".\")",
  occurrences(site) {
    return [{ path: [...site.path, 'priorityClassName'], value: site.spec.priorityClassName }];
  },
});
