import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { asObject, preview } from '../../model/values.js';
import { dns1123LabelErrors, dns1123SubdomainErrors, pathSegmentNameErrors } from '../../schema/names.js';

export default defineRule({
  meta: {
    id: 'networking/ingress-class-parameters-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['IngressClass'],
    description:
      'IngressClass parameters need a kind and a name, a DNS-subdomain apiGroup, a Cluster or Namespace scope, and a namespace exactly when the scope is Namespace.',
    fixable: true,
    source: 'validateIngressClassParametersReference (pkg/apis/networking/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/networking/validation',
        function: 'validateIngressClassParametersReference',
      },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/v1', function: 'Validate_IngressClassParametersReference' },
    ],
    messages: {
      apiGroup:
        'apiGroup "{{apiGroup}}" is not an API group name: {{problem}}; the API server refuses the IngressClass{{hint}}',
      namespaceRequired:
        'parameters.scope is Namespace but no namespace is given, so the API server refuses the IngressClass; add parameters.namespace',
      namespaceForbidden:
        'parameters.scope is Cluster, so a namespace makes no sense and the API server refuses it; remove parameters.namespace or set scope: Namespace',
      fieldRequired:
        'parameters has no {{field}}, so it names no object and the API server refuses the IngressClass (Required value); add the {{field}} of the parameters object',
      pathSegment:
        'parameters.{{field}} {{value}} cannot be an object {{field}}: {{reasons}}; the API server refuses the IngressClass; write the {{field}} as it is (a kind such as "IngressParameters", without a group or slash)',
      scope:
        'parameters.scope {{value}} is not supported; the API server refuses the IngressClass (supported values: "Cluster", "Namespace"); write Cluster or Namespace (case matters)',
      namespaceName:
        'parameters.namespace {{value}} is not a namespace name: {{reasons}}; the API server refuses the IngressClass; write the namespace of the parameters object',
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
        for (const field of ['kind', 'name']) {
          const value = parameters[field];
          if (value === undefined || value === null || value === '')
            context.report({ resource, path: [...base, field], messageId: 'fieldRequired', data: { field } });
          else if (typeof value === 'string') {
            const reasons = pathSegmentNameErrors(value);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...base, field],
                messageId: 'pathSegment',
                data: { field, value: preview(value), reasons: reasons.join('; ') },
              });
          }
        }
        // networking.k8s.io/v1 defaults an absent scope to Cluster.
        const scope = parameters.scope === undefined || parameters.scope === null ? 'Cluster' : parameters.scope;
        if (typeof scope === 'string' && scope !== 'Cluster' && scope !== 'Namespace') {
          context.report({ resource, path: [...base, 'scope'], messageId: 'scope', data: { value: preview(scope) } });
          return;
        }
        if (scope === 'Namespace' && typeof parameters.namespace === 'string') {
          const reasons = dns1123LabelErrors(parameters.namespace);
          if (reasons.length > 0)
            context.report({
              resource,
              path: [...base, 'namespace'],
              messageId: 'namespaceName',
              data: { value: preview(parameters.namespace), reasons: reasons.join('; ') },
            });
        }
        if (scope === 'Namespace' && (parameters.namespace === undefined || parameters.namespace === null))
          context.report({ resource, path: [...base, 'namespace'], messageId: 'namespaceRequired' });
        if (scope === 'Cluster' && parameters.namespace !== undefined && parameters.namespace !== null)
          context.report({ resource, path: [...base, 'namespace'], messageId: 'namespaceForbidden' });
      },
    };
  },
});
