import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { goString, objectEntries } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { ADMISSION_VALIDATION, policySpec } from './utils/admission.js';

const MAX_VALUE_EXPRESSION = 5 * 1024;

export default defineRule({
  meta: {
    id: 'admission/audit-annotation-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ValidatingAdmissionPolicy'],
    description:
      "A policy's audit annotations need a unique key that, after the policy name and '/', is a qualified name, and a valueExpression of at most 5 KiB.",
    fixable: false,
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateAuditAnnotation', field: 'key' },
      { package: ADMISSION_VALIDATION, function: 'validateAuditAnnotation', type: 'Required' },
      { package: ADMISSION_VALIDATION, function: 'validateValidatingAdmissionPolicySpec', type: 'Duplicate' },
    ],
    messages: {
      keyInvalid:
        'audit annotation key {{value}} does not make a qualified name after the policy name ({{reasons}}), so the API server refuses the policy; use a key such as "high-replica-count"',
      nameRequired:
        'audit annotation keys are prefixed with the policy name, which this policy does not have (requires metadata.name be non-empty), so the API server refuses it; set metadata.name instead of generateName',
      duplicate:
        'audit annotation key {{value}} is used twice, so the API server refuses the policy (Duplicate value); give each its own key',
      valueRequired:
        'this audit annotation has no valueExpression, so the API server refuses the policy (valueExpression is not specified); write the CEL expression of the value',
      valueTooLong:
        'the valueExpression is {{length}} bytes, more than the 5120 the API server accepts, so it refuses the policy; shorten it (move parts into spec.variables)',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = policySpec(resource);
        if (!spec) return;
        const policyName = resource.name ?? '';
        const seen = new Set<string>();
        for (const [index, annotation] of objectEntries(spec.auditAnnotations)) {
          const path: FieldPath = ['spec', 'auditAnnotations', index];
          const key = goString(annotation.key);
          if (key !== undefined) {
            if (policyName === '') context.report({ resource, path: [...path, 'key'], messageId: 'nameRequired' });
            else {
              const reasons = qualifiedNameErrors(`${policyName}/${key}`);
              if (reasons.length > 0)
                context.report({
                  resource,
                  path: [...path, 'key'],
                  messageId: 'keyInvalid',
                  data: { value: JSON.stringify(key), reasons: reasons.join('; ') },
                });
            }
            if (seen.has(key))
              context.report({
                resource,
                path: [...path, 'key'],
                messageId: 'duplicate',
                data: { value: JSON.stringify(key) },
              });
            seen.add(key);
          }
          const value = goString(annotation.valueExpression);
          if (value === undefined) continue;
          const trimmed = value.trim();
          if (trimmed === '')
            context.report({ resource, path: [...path, 'valueExpression'], messageId: 'valueRequired' });
          else if (new TextEncoder().encode(trimmed).length > MAX_VALUE_EXPRESSION)
            context.report({
              resource,
              path: [...path, 'valueExpression'],
              messageId: 'valueTooLong',
              data: { length: new TextEncoder().encode(trimmed).length },
            });
        }
      },
    };
  },
});
