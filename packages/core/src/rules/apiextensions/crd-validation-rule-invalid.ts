import { defineRule } from '../../engine/rule.js';
import { objectEntries, preview, quoteList } from '../../model/values.js';
import { crdSchemaNodes } from '../../schema/crd.js';
import { CRD_VALIDATION, crdSpec } from './utils/crd-versions.js';

const REASONS = ['FieldValueDuplicate', 'FieldValueForbidden', 'FieldValueInvalid', 'FieldValueRequired'];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const hasLineBreak = (value: string): boolean => /[\n\r]/.test(value);

export default defineRule({
  meta: {
    id: 'apiextensions/crd-validation-rule-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['CustomResourceDefinition'],
    description:
      'An x-kubernetes-validations entry needs a rule, a one-line message (required for a multi-line rule), and a supported reason.',
    fixable: false,
    sources: [
      {
        package: CRD_VALIDATION,
        function: 'ValidateCustomResourceDefinitionOpenAPISchema',
        type: 'Required',
        field: 'rule',
      },
      {
        package: CRD_VALIDATION,
        function: 'ValidateCustomResourceDefinitionOpenAPISchema',
        type: 'Invalid',
        field: 'message',
      },
      {
        package: CRD_VALIDATION,
        function: 'ValidateCustomResourceDefinitionOpenAPISchema',
        type: 'Required',
        field: 'message',
      },
      {
        package: CRD_VALIDATION,
        function: 'ValidateCustomResourceDefinitionOpenAPISchema',
        type: 'Required',
        field: 'messageExpression',
      },
      {
        package: CRD_VALIDATION,
        function: 'ValidateCustomResourceDefinitionOpenAPISchema',
        type: 'NotSupported',
        field: 'reason',
      },
    ],
    messages: {
      noRule:
        'this validation has no rule, so the API server refuses the CustomResourceDefinition (rule is not specified); write the CEL expression',
      blank:
        '{{field}} is blank, so the API server refuses the CustomResourceDefinition (must be non-empty if specified); write it or remove it',
      lineBreak:
        '{{field}} contains a line break, so the API server refuses the CustomResourceDefinition; keep it on one line',
      messageNeeded:
        'the rule spans several lines, so the API server requires a message for it (message must be specified if rule contains line breaks); add a one-line message',
      reason:
        'reason {{value}} is not supported, so the API server refuses the CustomResourceDefinition; use one of {{allowed}}',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!crdSpec(resource)) return;
        for (const { node, path } of crdSchemaNodes(resource)) {
          for (const [index, validation] of objectEntries(node['x-kubernetes-validations'])) {
            const at = [...path, 'x-kubernetes-validations', index];
            const rule = text(validation.rule).trim();
            const rawMessage = text(validation.message);
            const message = rawMessage.trim();
            if (rule === '') context.report({ resource, path: [...at, 'rule'], messageId: 'noRule' });
            else if (rawMessage !== '' && message === '')
              context.report({ resource, path: [...at, 'message'], messageId: 'blank', data: { field: 'message' } });
            else if (hasLineBreak(message))
              context.report({
                resource,
                path: [...at, 'message'],
                messageId: 'lineBreak',
                data: { field: 'message' },
              });
            else if (hasLineBreak(rule) && message === '')
              context.report({ resource, path: [...at, 'message'], messageId: 'messageNeeded' });
            const expression = text(validation.messageExpression);
            if (expression !== '' && expression.trim() === '')
              context.report({
                resource,
                path: [...at, 'messageExpression'],
                messageId: 'blank',
                data: { field: 'messageExpression' },
              });
            if (typeof validation.reason === 'string' && !REASONS.includes(validation.reason))
              context.report({
                resource,
                path: [...at, 'reason'],
                messageId: 'reason',
                data: { value: preview(validation.reason), allowed: quoteList(REASONS) },
              });
            const fieldPath = text(validation.fieldPath);
            if (fieldPath !== '' && fieldPath.trim() === '')
              context.report({
                resource,
                path: [...at, 'fieldPath'],
                messageId: 'blank',
                data: { field: 'fieldPath' },
              });
            if (hasLineBreak(fieldPath))
              context.report({
                resource,
                path: [...at, 'fieldPath'],
                messageId: 'lineBreak',
                data: { field: 'fieldPath' },
              });
          }
        }
      },
    };
  },
});
