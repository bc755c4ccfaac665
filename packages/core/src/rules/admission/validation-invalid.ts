import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { caseFix } from '../../model/fixes.js';
import { objectEntries, preview, quoteList } from '../../model/values.js';
import { celCompileProblem } from '../../model/cel.js';
import { ADMISSION_CEL_VARIABLES, ADMISSION_VALIDATION, policySpec } from './utils/admission.js';

const REASONS = ['Forbidden', 'Invalid', 'RequestEntityTooLarge'];

export default defineRule({
  meta: {
    id: 'admission/validation-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ValidatingAdmissionPolicy'],
    description:
      'A ValidatingAdmissionPolicy validation needs an expression, a one-line message that is not blank, a messageExpression that is not blank, and a supported reason.',
    fixable: true,
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateValidation', type: 'Required' },
      { package: ADMISSION_VALIDATION, function: 'validateValidation', type: 'Invalid' },
      { package: ADMISSION_VALIDATION, function: 'validateValidation', type: 'NotSupported' },
    ],
    messages: {
      cannotCompile:
        '{{field}} {{value}} cannot compile ({{reason}}), so the API server refuses the policy; write a CEL expression over object, oldObject, request or params',
      expressionRequired:
        'this validation has no expression, so it checks nothing and the API server refuses the policy (expression is not specified); write the CEL condition that must hold',
      blank:
        '{{field}} is only white space, so the API server refuses the policy (must be non-empty if specified); write it, or remove it',
      lineBreaks:
        'the message has line breaks, so the API server refuses the policy (must not contain line breaks); write it on one line',
      reason:
        'reason {{value}} is not supported, so the API server refuses the policy (supported values: {{allowed}}); {{advice}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = policySpec(resource);
        if (!spec) return;
        for (const [index, validation] of objectEntries(spec.validations)) {
          const path: FieldPath = ['spec', 'validations', index];
          const expression = validation.expression ?? '';
          if (typeof expression === 'string' && expression.trim() === '')
            context.report({ resource, path: [...path, 'expression'], messageId: 'expressionRequired' });
          for (const [field, bool] of [
            ['expression', true],
            ['messageExpression', false],
          ] as const) {
            const value = validation[field];
            const reason =
              typeof value === 'string'
                ? celCompileProblem(value, ADMISSION_CEL_VARIABLES, bool ? 'bool' : 'string')
                : undefined;
            if (reason !== undefined)
              context.report({
                resource,
                path: [...path, field],
                messageId: 'cannotCompile',
                data: { field, value: preview(value), reason },
              });
          }
          for (const field of ['messageExpression', 'message'] as const) {
            const value = validation[field];
            if (typeof value === 'string' && value !== '' && value.trim() === '')
              context.report({ resource, path: [...path, field], messageId: 'blank', data: { field } });
          }
          const message = validation.message;
          if (typeof message === 'string' && /[\n\r]/.test(message.trim()))
            context.report({ resource, path: [...path, 'message'], messageId: 'lineBreaks' });
          const reason = validation.reason;
          if (typeof reason === 'string' && !REASONS.includes(reason)) {
            const reasonPath = [...path, 'reason'];
            const corrected = reason === '' ? undefined : caseFix(reason, REASONS, reasonPath, 'the reason');
            context.report({
              resource,
              path: reasonPath,
              messageId: 'reason',
              data: {
                value: JSON.stringify(reason),
                allowed: quoteList(REASONS),
                advice: corrected ? `write "${corrected.value}"` : 'use Invalid or Forbidden, or leave it out',
              },
              ...(corrected ? { fix: corrected.fix } : {}),
            });
          }
        }
      },
    };
  },
});
