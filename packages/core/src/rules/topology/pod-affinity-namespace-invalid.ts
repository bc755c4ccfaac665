import { defineRule } from '../../engine/rule.js';
import { affinityTerms, describeTerm } from './utils/affinity-terms.js';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** `ValidateNamespaceName`: a DNS-1123 label. */
function namespaceProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 63) problems.push('must be no more than 63 characters');
  if (!DNS_LABEL.test(name)) problems.push(DNS_LABEL_MESSAGE);
  return problems;
}

export default defineRule({
  meta: {
    id: 'topology/pod-affinity-namespace-invalid',
    severity: 'error',
    origin: 'api-error',
    description: "A pod affinity term's namespaces must be valid namespace names.",
    fixable: false,
    podSpecFields: ['affinity'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validatePodAffinityTerm' }],
    messages: {
      podAffinityNamespaceInvalid:
        "{{term}} names the namespace {{name}}, which is not a valid namespace name, so the API server refuses it ({{join}}); use the namespace's real name{{detail}}",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const term of affinityTerms(site)) {
          const namespaces = term.term.namespaces;
          if (!Array.isArray(namespaces)) continue;
          namespaces.forEach((name, index) => {
            if (typeof name !== 'string') return;
            const problems = namespaceProblems(name);
            if (problems.length === 0) return;
            const lower = name
              .toLowerCase()
              .replace(/[^-a-z0-9]+/g, '-')
              .replace(/^-+|-+$/g, '');
            context.report({
              resource,
              path: [...term.path, 'namespaces', index],
              messageId: 'podAffinityNamespaceInvalid',
              data: {
                term: describeTerm(term),
                name: JSON.stringify(name),
                join: problems.join('; '),
                detail: lower && lower !== name ? `, e.g. ${JSON.stringify(lower)}` : '',
              },
            });
          });
        }
      },
    };
  },
});
