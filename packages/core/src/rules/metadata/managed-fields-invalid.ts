import { defineRule } from '../../engine/rule.js';
import { asArray, asObject, preview } from '../../model/values.js';

const META_V1 = 'k8s.io/apimachinery/pkg/apis/meta/v1/validation';

/** FieldManagerMaxLength and MaxSubresourceNameLength, in bytes. */
const MANAGER_MAX_BYTES = 128;
const SUBRESOURCE_MAX_BYTES = 256;

const OPERATIONS = new Set(['Apply', 'Update']);

/**
 * What Go's unicode.IsPrint refuses: control and format characters, private use, line and paragraph
 * separators, and spaces other than U+0020. Unassigned code points are left alone: which are
 * assigned depends on the Unicode version, and a miss is better than a wrong error.
 */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

export default defineRule({
  meta: {
    id: 'metadata/managed-fields-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'managedFields entries need operation Apply or Update, fieldsType FieldsV1, a printable manager (128 bytes at most) and a subresource of 256 bytes at most.',
    fixable: false,
    sources: [
      { package: META_V1, function: 'ValidateManagedFields' },
      { package: META_V1, function: 'ValidateFieldManager' },
      { package: META_V1, function: 'Validate_ManagedFieldsEntry', field: 'operation' },
      { package: META_V1, function: 'Validate_ManagedFieldsOperationType' },
    ],
    messages: {
      operationMissing:
        'managedFields entry {{index}} has no operation; the API server refuses the object (Required value: must not be empty); remove managedFields from the manifest, as the API server writes it',
      operationUnsupported:
        'managedFields entry {{index}} has operation {{value}}; the API server accepts only "Apply" or "Update" and refuses the object; remove managedFields from the manifest, as the API server writes it',
      fieldsType:
        'managedFields entry {{index}} has fieldsType {{value}}; the API server knows only "FieldsV1" and refuses the object; remove managedFields from the manifest, as the API server writes it',
      managerTooLong:
        'managedFields entry {{index}} names a manager of {{bytes}} bytes; the API server refuses more than 128 and the object with it; remove managedFields from the manifest, as the API server writes it',
      managerUnprintable:
        'managedFields entry {{index}} names manager {{value}}, which holds the unprintable character {{character}}; the API server refuses the object; remove managedFields from the manifest, as the API server writes it',
      subresourceTooLong:
        'managedFields entry {{index}} names a subresource of {{bytes}} bytes; the API server refuses more than 256 and the object with it; remove managedFields from the manifest, as the API server writes it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        asArray(asObject(resource.object.metadata)?.managedFields).forEach((value, index) => {
          const entry = asObject(value);
          if (!entry) return;
          const path = ['metadata', 'managedFields', index];
          const report = (field: string, messageId: string, data: Record<string, string | number> = {}): void =>
            context.report({ resource, path: [...path, field], messageId, data: { index, ...data } });
          const { operation, fieldsType, manager, subresource } = entry;
          if (operation === undefined || operation === null || operation === '')
            report('operation', 'operationMissing');
          else if (typeof operation === 'string' && !OPERATIONS.has(operation))
            report('operation', 'operationUnsupported', { value: preview(operation) });
          if (typeof fieldsType === 'string' && fieldsType !== '' && fieldsType !== 'FieldsV1')
            report('fieldsType', 'fieldsType', { value: preview(fieldsType) });
          if (typeof manager === 'string') {
            const bytes = Buffer.byteLength(manager, 'utf8');
            if (bytes > MANAGER_MAX_BYTES) report('manager', 'managerTooLong', { bytes });
            const unprintable = NOT_PRINTABLE.exec(manager)?.[0];
            if (unprintable !== undefined)
              report('manager', 'managerUnprintable', { value: preview(manager), character: codePoint(unprintable) });
          }
          if (typeof subresource === 'string') {
            const bytes = Buffer.byteLength(subresource, 'utf8');
            if (bytes > SUBRESOURCE_MAX_BYTES) report('subresource', 'subresourceTooLong', { bytes });
          }
        });
      },
    };
  },
});

/** `U+0001`, as the API server names a character. */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
