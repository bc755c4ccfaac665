import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, preview, quoteList } from '../../model/values.js';
import { CRD_VALIDATION, crdSpec, crdVersions } from './utils/crd-versions.js';

const STRUCTURAL_SCHEMA = 'k8s.io/apiextensions-apiserver/pkg/apiserver/schema';

/** The keywords a root schema may use when the status subresource is on (allowedFieldsAtRootSchema). */
const ALLOWED_WITH_STATUS = new Set([
  'description',
  'type',
  'format',
  'title',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
  'required',
  'items',
  'properties',
  'externalDocs',
  'example',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-validations',
]);

/** Keywords held in Go pointers: written as "", they are still set. */
const POINTER_STRINGS = new Set(['$ref', 'x-kubernetes-list-type', 'x-kubernetes-map-type']);

/** Values the API server reads as unset (Go zero values), which the root check skips. */
function isUnset(value: unknown, keyword = ''): boolean {
  return value === undefined || value === null || value === false || (value === '' && !POINTER_STRINGS.has(keyword));
}

export default defineRule({
  meta: {
    id: 'apiextensions/crd-root-schema-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CustomResourceDefinition'],
    description:
      'A CustomResourceDefinition’s root schema must be of type object, not nullable, without additionalProperties, and with status only plain keywords.',
    fixable: false,
    sources: [
      { package: CRD_VALIDATION, function: 'validateCustomResourceDefinitionValidation' },
      { package: STRUCTURAL_SCHEMA, function: 'validateStructuralInvariants' },
    ],
    messages: {
      typeRequired:
        'the root schema has no type, but it describes the whole object, so the API server refuses the CustomResourceDefinition (must not be empty at the root); add type: object',
      typeNotObject:
        'the root schema has type {{value}}, but a custom resource is an object, so the API server refuses the CustomResourceDefinition (must be object at the root); use type: object',
      nullable:
        'nullable cannot be true at the root of the schema, so the API server refuses the CustomResourceDefinition; remove it',
      additionalProperties:
        'additionalProperties must not be used at the root of the schema (a custom resource has apiVersion, kind, metadata and its own fields), so the API server refuses the CustomResourceDefinition; describe the fields under properties',
      notWithStatus:
        '{{keyword}} is not allowed at the root of the schema when the status subresource is enabled (only {{allowed}} are), so the API server refuses the CustomResourceDefinition; move it into properties.spec',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = crdSpec(resource);
        if (!spec) return;
        for (const { version, path } of crdVersions(spec)) {
          const root = asObject(asObject(version.schema)?.openAPIV3Schema);
          if (!root) continue;
          const rootPath: FieldPath = [...path, 'schema', 'openAPIV3Schema'];
          const type = root.type;
          const statusEnabled = !isUnset(asObject(version.subresources)?.status);
          if (type === undefined || type === null || type === '') {
            if (root['x-kubernetes-preserve-unknown-fields'] !== true && root['x-kubernetes-int-or-string'] !== true)
              context.report({ resource, path: [...rootPath, 'type'], messageId: 'typeRequired' });
          } else if (type !== 'object') {
            context.report({
              resource,
              path: [...rootPath, 'type'],
              messageId: 'typeNotObject',
              data: { value: preview(type) },
            });
          }
          if (root.nullable === true)
            context.report({ resource, path: [...rootPath, 'nullable'], messageId: 'nullable' });
          if (root.additionalProperties !== undefined && root.additionalProperties !== null)
            context.report({
              resource,
              path: [...rootPath, 'additionalProperties'],
              messageId: 'additionalProperties',
            });
          if (!statusEnabled || (typeof type === 'string' && type !== '' && type !== 'object')) continue;
          // The API server names the first keyword it refuses, and stops there.
          const refused = Object.keys(root).find(
            (keyword) => !ALLOWED_WITH_STATUS.has(keyword) && !isUnset(root[keyword], keyword),
          );
          if (refused !== undefined && refused !== 'nullable' && refused !== 'additionalProperties')
            context.report({
              resource,
              path: [...rootPath, refused],
              messageId: 'notWithStatus',
              data: { keyword: refused, allowed: quoteList([...ALLOWED_WITH_STATUS]) },
            });
        }
      },
    };
  },
});
