import { defineRule } from '../../engine/rule.js';
import { preview, quoteList } from '../../model/values.js';
import { dns1123SubdomainErrors } from '../../schema/names.js';
import { CRD_VALIDATION, crdSpec } from './utils/crd-versions.js';

const SCOPES = ['Cluster', 'Namespaced'];

export default defineRule({
  meta: {
    id: 'apiextensions/crd-spec-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CustomResourceDefinition'],
    description:
      'A CustomResourceDefinition’s group must be a dotted DNS name, its scope Cluster or Namespaced, and preserveUnknownFields not true.',
    fixable: false,
    sources: [
      { package: CRD_VALIDATION, function: 'validateCustomResourceDefinitionSpec', type: 'Invalid', field: 'group' },
      { package: CRD_VALIDATION, function: 'validateEnumStrings', type: 'NotSupported' },
      { package: CRD_VALIDATION, function: 'validatePreserveUnknownFields' },
    ],
    messages: {
      group:
        'group {{value}} is not a valid API group ({{reasons}}), so the API server refuses the CustomResourceDefinition; use a domain you own, e.g. example.com',
      groupDot:
        'group {{value}} has no dot, but a CustomResourceDefinition’s group must be a domain (e.g. {{value}}.example.com), so the API server refuses it',
      scope:
        'scope {{value}} is not supported, so the API server refuses the CustomResourceDefinition; use one of {{allowed}}',
      preserveUnknownFields:
        'spec.preserveUnknownFields: true is refused by the API server (cannot set to true); remove it and set x-kubernetes-preserve-unknown-fields: true in the schema where unknown fields are wanted',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        if (!spec) return;
        const group = spec.group;
        // An empty group or scope is schema/required-field-missing's finding.
        if (typeof group === 'string' && group !== '') {
          const reasons = dns1123SubdomainErrors(group);
          if (reasons.length)
            context.report({
              resource,
              path: ['spec', 'group'],
              messageId: 'group',
              data: { value: preview(group), reasons: reasons.join('; ') },
            });
          else if (!group.includes('.'))
            context.report({
              resource,
              path: ['spec', 'group'],
              messageId: 'groupDot',
              data: { value: preview(group) },
            });
        }
        if (typeof spec.scope === 'string' && spec.scope !== '' && !SCOPES.includes(spec.scope))
          context.report({
            resource,
            path: ['spec', 'scope'],
            messageId: 'scope',
            data: { value: preview(spec.scope), allowed: quoteList(SCOPES) },
          });
        if (spec.preserveUnknownFields === true)
          context.report({ resource, path: ['spec', 'preserveUnknownFields'], messageId: 'preserveUnknownFields' });
      },
    };
  },
});
