import { defineRule } from '../../engine/rule.js';
import { kindStatus, schemaScope } from '../../schema/analyze.js';
import { nameProblems } from '../../schema/metadata-name.js';

export default defineRule({
  meta: {
    id: 'schema/metadata-name-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'metadata.name is missing, or not the kind of name the object’s kind requires (DNS subdomain, DNS label, path segment); or metadata.namespace is not a DNS label.',
    help: [
      'Every object needs `metadata.name` (or `generateName`). Most kinds require a lowercase DNS subdomain (at most 253 characters of `a-z`, `0-9`, `-` and `.`); Namespaces, Services and StatefulSets require a DNS label (at most 63 characters, no dots), because the name becomes part of DNS names; RBAC objects accept any path segment. Upper-case letters and underscores are the usual mistakes.',
      '',
      'Bad:',
      '```yaml',
      'kind: Service',
      'metadata:',
      '  name: My_Service.v2',
      '```',
      'Good:',
      '```yaml',
      'kind: Service',
      'metadata:',
      '  name: my-service-v2',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateObjectMeta' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNSSubdomain' },
      { package: 'k8s.io/apimachinery/pkg/api/validation', function: 'NameIsDNSLabel' },
      { package: 'k8s.io/kubernetes/pkg/apis/rbac/validation', function: 'ValidateRBACName' },
    ],
    messages: {
      metadataName: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        const scope = schemaScope(context.kubernetesVersion, resources, context.crds);
        for (const resource of resources) {
          for (const problem of nameProblems(resource, kindStatus(resource, scope), context.kubernetesVersion)) {
            context.report({ resource, path: problem.path, messageId: 'metadataName', data: { message: problem.message } });
          }
        }
      },
    };
  },
});
