import { defineRule } from '../../engine/rule.js';
import { celCompileProblem } from '../../model/cel.js';
import type { FieldPath } from '../../model/path.js';
import { goString, objectEntries, preview } from '../../model/values.js';
import { ADMISSION_CEL_VARIABLES, ADMISSION_VALIDATION, policySpec } from './utils/admission.js';

const CEL_IDENTIFIER = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
const CEL_RESERVED = new Set(
  'true false null in as break const continue else for function if import let loop package namespace return var void while'.split(
    ' ',
  ),
);

export default defineRule({
  meta: {
    id: 'admission/variable-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ValidatingAdmissionPolicy'],
    description: "A policy's variables need a name that is a CEL identifier and an expression.",
    fixable: false,
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateVariable', type: 'Required' },
      { package: ADMISSION_VALIDATION, function: 'validateVariable', type: 'Invalid' },
    ],
    messages: {
      nameRequired:
        'this variable has no name, so the API server refuses the policy (name is not specified); name it, e.g. replicas',
      nameInvalid:
        'variable name {{value}} is not a CEL identifier, so validations could not refer to it and the API server refuses the policy (must be a valid CEL identifier); use letters, digits and "_", e.g. {{suggestion}}',
      expressionRequired:
        'this variable has no expression, so the API server refuses the policy (expression is not specified); write the CEL expression it stands for',
      cannotCompile:
        'variable expression {{value}} cannot compile ({{reason}}), so the API server refuses the policy; write a CEL expression over object, oldObject, request or params',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = policySpec(resource);
        if (!spec) return;
        for (const [index, variable] of objectEntries(spec.variables)) {
          const path: FieldPath = ['spec', 'variables', index];
          const name = goString(variable.name);
          if (name !== undefined && name.trim() === '')
            context.report({ resource, path: [...path, 'name'], messageId: 'nameRequired' });
          else if (name !== undefined && (!CEL_IDENTIFIER.test(name) || CEL_RESERVED.has(name)))
            context.report({
              resource,
              path: [...path, 'name'],
              messageId: 'nameInvalid',
              data: {
                value: JSON.stringify(name),
                suggestion: JSON.stringify(name.replace(/[^_a-zA-Z0-9]+/g, '_').replace(/^(\d)/, '_$1')),
              },
            });
          const expression = goString(variable.expression);
          if (expression === undefined) continue;
          if (expression.trim() === '') {
            context.report({ resource, path: [...path, 'expression'], messageId: 'expressionRequired' });
            continue;
          }
          const reason = celCompileProblem(expression, ADMISSION_CEL_VARIABLES, 'any');
          if (reason !== undefined)
            context.report({
              resource,
              path: [...path, 'expression'],
              messageId: 'cannotCompile',
              data: { value: preview(expression), reason },
            });
        }
      },
    };
  },
});
