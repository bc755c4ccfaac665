import { nameSyntaxRule } from '../factories/name-syntax.js';

export default nameSyntaxRule({
  id: 'pod/service-account-name-invalid',
  description: "A pod's serviceAccountName must be a DNS subdomain, the syntax of ServiceAccount names.",
  help: [
    "The pod runs as the ServiceAccount named by `serviceAccountName`, and ServiceAccount names are RFC 1123 subdomains (lower-case letters, digits, `-` and `.`, at most 253 characters). A name that no ServiceAccount could have is refused at once (`a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters`). Capitals and underscores, often from a templating variable, are the usual cause; write the ServiceAccount's real name. There is no quick fix: a changed name must match an existing ServiceAccount.",
    "",
    "Bad:",
    "```yaml",
    "serviceAccountName: Web_Reader",
    "```",
    "Good:",
    "```yaml",
    "serviceAccountName: web-reader",
    "```",
  ].join('\n'),
  sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidatePodSpec', type: 'Invalid', field: 'serviceAccountName' }],
  fixable: false,
  syntax: 'dns1123-subdomain',
  subject: 'service account name',
  advice: "use the name of an existing ServiceAccount (lower-case letters, digits, \"-\" and \".\")",
  occurrences(site) {
    return [{ path: [...site.path, 'serviceAccountName'], value: site.spec.serviceAccountName }];
  },
});
