import { defineRule } from '../../engine/rule.js';
import { preview } from '../../model/values.js';
import { dns1035LabelErrors } from '../../schema/names.js';
import { CRD_VALIDATION, crdSpec, crdVersions } from './utils/crd-versions.js';

/** validateDeprecationWarning: what is wrong with a deprecation warning, in the API server's order. */
function warningProblems(deprecated: boolean, warning: string): string[] {
  if (!deprecated) return ['it can only be set for deprecated versions (deprecated: true)'];
  const problems: string[] = [];
  if (Buffer.byteLength(warning) > 256) problems.push('it must be at most 256 characters long');
  if (warning === '') problems.push('it must not be an empty string');
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(warning)) problems.push('it must contain only printable characters');
  return problems;
}

export default defineRule({
  meta: {
    id: 'apiextensions/crd-versions-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CustomResourceDefinition'],
    description:
      'A CustomResourceDefinition’s versions need distinct DNS-1035 names, exactly one storage version, and deprecation warnings only on deprecated versions.',
    fixable: false,
    sources: [
      { package: CRD_VALIDATION, function: 'validateCustomResourceDefinitionSpec', type: 'Invalid', field: 'versions' },
      { package: CRD_VALIDATION, function: 'validateCustomResourceDefinitionSpec', type: 'Invalid', field: 'name' },
      { package: CRD_VALIDATION, function: 'validateCustomResourceDefinitionVersion', field: 'deprecationWarning' },
      { package: CRD_VALIDATION, function: 'validateDeprecationWarning' },
    ],
    messages: {
      invalidName:
        'version name {{value}} is not a DNS-1035 label ({{reasons}}), so the API server refuses the CustomResourceDefinition; use a name such as v1 or v1beta1',
      duplicateName:
        'version {{value}} is listed twice, so the API server refuses the CustomResourceDefinition (must contain unique version names); merge the entries',
      storageCount:
        '{{count}} versions are marked storage: true, but objects are stored in exactly one version, so the API server refuses the CustomResourceDefinition; mark exactly one version as the storage version',
      warning: 'deprecationWarning is refused: {{reasons}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        if (!spec || !Array.isArray(spec.versions) || spec.versions.length === 0) return;
        const versions = crdVersions(spec);
        const seen = new Set<string>();
        let storage = 0;
        for (const { version, path } of versions) {
          if (version.storage === true) storage++;
          const name = version.name;
          if (typeof name === 'string' && name !== '') {
            const reasons = dns1035LabelErrors(name);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'name'],
                messageId: 'invalidName',
                data: { value: preview(name), reasons: reasons.join('; ') },
              });
            if (seen.has(name))
              context.report({
                resource,
                path: [...path, 'name'],
                messageId: 'duplicateName',
                data: { value: preview(name) },
              });
            seen.add(name);
          }
          const warning = version.deprecationWarning;
          if (typeof warning === 'string') {
            const reasons = warningProblems(version.deprecated === true, warning);
            if (reasons.length)
              context.report({
                resource,
                path: [...path, 'deprecationWarning'],
                messageId: 'warning',
                data: { reasons: reasons.join('; ') },
              });
          }
        }
        if (storage !== 1)
          context.report({ resource, path: ['spec', 'versions'], messageId: 'storageCount', data: { count: storage } });
      },
    };
  },
});
