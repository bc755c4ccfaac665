import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';

export default defineRule({
  meta: {
    id: 'networking/ingress-class-parameters-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'IngressClass parameters need a DNS-subdomain apiGroup, and a namespace exactly when the scope is Namespace.',
    fixable: true,
    source: 'validateIngressClassParametersReference (pkg/apis/networking/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressClassParametersReference',
      },
    ],
    messages: {
      apiGroup:
        'apiGroup "{{apiGroup}}" is not an API group name: {{problem}}; the API server refuses the IngressClass{{hint}}',
      namespaceRequired:
        'parameters.scope is Namespace but no namespace is given, so the API server refuses the IngressClass; add parameters.namespace',
      namespaceForbidden:
        'parameters.scope is Cluster, so a namespace makes no sense and the API server refuses it; remove parameters.namespace or set scope: Namespace',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['IngressClass'])) return;
        const parameters = asObject(specOf(resource)?.parameters);
        if (!parameters) return;
        const base = ['spec', 'parameters'];
        const apiGroup = parameters.apiGroup;
        if (typeof apiGroup === 'string') {
          const errors = dns1123SubdomainErrors(apiGroup);
          if (errors.length > 0) {
            const path = [...base, 'apiGroup'];
            const group = apiGroup.includes('/') ? apiGroup.slice(0, apiGroup.indexOf('/')) : undefined;
            const fixable = group !== undefined && group !== '' && dns1123SubdomainErrors(group).length === 0;
            context.report({
              resource,
              path,
              messageId: 'apiGroup',
              data: {
                apiGroup,
                problem: errors.join('; '),
                hint: fixable ? `; it looks like an apiVersion: the group is "${group}"` : '',
              },
              ...(fixable
                ? { fix: { description: `Use the group ${group}`, replaceValues: [{ path, value: group }] } }
                : {}),
            });
          }
        }
        // networking.k8s.io/v1 defaults an absent scope to Cluster.
        const scope = parameters.scope === undefined || parameters.scope === null ? 'Cluster' : parameters.scope;
        if (scope === 'Namespace' && (parameters.namespace === undefined || parameters.namespace === null))
          context.report({ resource, path: [...base, 'namespace'], messageId: 'namespaceRequired' });
        if (scope === 'Cluster' && parameters.namespace !== undefined && parameters.namespace !== null)
          context.report({ resource, path: [...base, 'namespace'], messageId: 'namespaceForbidden' });
      },
    };
  },
});
