import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asObject, preview } from '../../model/values.js';
import { dns1123SubdomainErrors, pathSegmentNameErrors } from '../../schema/names.js';

const NETWORKING = 'k8s.io/kubernetes/pkg/apis/networking/validation';

export default defineRule({
  meta: {
    id: 'networking/ip-address-parent-ref-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['IPAddress'],
    description: 'An IPAddress needs spec.parentRef with a resource and a name (and a DNS-subdomain group when given).',
    fixable: false,
    sources: [
      { package: NETWORKING, function: 'validateIPAddressParentReference' },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/v1', function: 'Validate_IPAddressSpec', field: 'parentRef' },
      { package: 'k8s.io/kubernetes/pkg/apis/networking/v1', function: 'Validate_ParentReference' },
    ],
    messages: {
      required:
        'this IPAddress has no spec.parentRef, so nothing owns the address; the API server refuses it (Required value); add parentRef: {resource: services, namespace: …, name: …}',
      fieldRequired:
        'parentRef has no {{field}}; the API server refuses the IPAddress (Required value); add the {{field}} of the object that holds the address',
      group:
        'parentRef.group {{value}} is not an API group name: {{reasons}}; the API server refuses the IPAddress; write the group only, or "" for core Services',
      pathSegment:
        'parentRef.{{field}} {{value}} cannot be an object {{field}}: {{reasons}}; the API server refuses the IPAddress; write it as the API server names it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'networking.k8s.io', ['IPAddress'])) return;
        const spec = asObject(resource.object.spec);
        const parent = asObject(spec?.parentRef);
        if (!parent) {
          if (spec?.parentRef === undefined || spec.parentRef === null)
            context.report({ resource, path: ['spec', 'parentRef'], messageId: 'required' });
          return;
        }
        const base = ['spec', 'parentRef'];
        if (typeof parent.group === 'string' && parent.group !== '') {
          const reasons = dns1123SubdomainErrors(parent.group);
          if (reasons.length > 0)
            context.report({
              resource,
              path: [...base, 'group'],
              messageId: 'group',
              data: { value: preview(parent.group), reasons: reasons.join('; ') },
            });
        }
        for (const field of ['resource', 'name', 'namespace']) {
          const value = parent[field];
          const empty = value === undefined || value === null || value === '';
          if (empty) {
            if (field !== 'namespace')
              context.report({ resource, path: [...base, field], messageId: 'fieldRequired', data: { field } });
            continue;
          }
          if (typeof value !== 'string') continue;
          const reasons = pathSegmentNameErrors(value);
          if (reasons.length > 0)
            context.report({
              resource,
              path: [...base, field],
              messageId: 'pathSegment',
              data: { field, value: preview(value), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
