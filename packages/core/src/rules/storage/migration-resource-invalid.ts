import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { dns1035LabelErrors, dns1123SubdomainErrors } from '../../schema/names.js';

const MIGRATION_VALIDATION = 'k8s.io/kubernetes/pkg/apis/storagemigration/validation';

export default defineRule({
  meta: {
    id: 'storage/migration-resource-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['StorageVersionMigration'],
    description:
      'A StorageVersionMigration must name the resource to migrate (a lower-case plural such as deployments) and a valid API group.',
    fixable: false,
    sources: [{ package: MIGRATION_VALIDATION, function: 'ValidateStorageVersionMigration' }],
    messages: {
      noResource:
        'spec.resource.resource is empty, so the API server refuses the migration; name the plural resource, e.g. deployments',
      invalidResource:
        'resource {{value}} is not a resource name (an RFC 1035 label: {{reasons}}), so the API server refuses the migration; use the lower-case plural that kubectl api-resources lists',
      invalidGroup: 'group {{value}} is not a valid API group: {{reasons}}; the API server refuses the migration',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (resource.group !== 'storagemigration.k8s.io' || resource.kind !== 'StorageVersionMigration') return;
        const target = asObject(asObject(resource.object.spec)?.resource) ?? {};
        const path = ['spec', 'resource'];
        const name = target.resource;
        if (name === undefined || name === null || name === '')
          context.report({ resource, path: [...path, 'resource'], messageId: 'noResource' });
        else if (typeof name === 'string') {
          const reasons = dns1035LabelErrors(name);
          if (reasons.length)
            context.report({
              resource,
              path: [...path, 'resource'],
              messageId: 'invalidResource',
              data: { value: preview(name), reasons: reasons.join('; ') },
            });
        }
        if (typeof target.group === 'string' && target.group !== '') {
          const reasons = dns1123SubdomainErrors(target.group);
          if (reasons.length)
            context.report({
              resource,
              path: [...path, 'group'],
              messageId: 'invalidGroup',
              data: { value: preview(target.group), reasons: reasons.join('; ') },
            });
        }
      },
    };
  },
});
