import { defineRule } from '../../engine/rule.js';
import type { FieldPath } from '../../model/path.js';
import { asArray, goString, objectEntries, preview } from '../../model/values.js';
import { qualifiedNameErrors } from '../../schema/names.js';
import { celCompileProblem } from '../../model/cel.js';
import { ADMISSION_CEL_VARIABLES, ADMISSION_VALIDATION, policySpec, webhooks } from './utils/admission.js';

const MAX_CONDITIONS = 64;

export default defineRule({
  meta: {
    id: 'admission/match-condition-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'The matchConditions of a webhook or policy need a unique qualified name and an expression each, at most 64 of them.',
    fixable: false,
    kinds: [
      'ValidatingWebhookConfiguration',
      'MutatingWebhookConfiguration',
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
    ],
    sources: [
      { package: ADMISSION_VALIDATION, function: 'validateMatchConditions' },
      { package: ADMISSION_VALIDATION, function: 'validateMatchCondition' },
    ],
    messages: {
      tooMany:
        'there are {{count}} matchConditions, more than the 64 the API server accepts, so it refuses the object; keep at most 64',
      nameRequired:
        'this match condition has no name, so the API server refuses the object; name it, e.g. exclude-leases',
      nameInvalid:
        'match condition name {{value}} is not a qualified name ({{reasons}}), so the API server refuses the object; use a name such as "exclude-leases"',
      duplicate:
        'match condition name {{value}} is used twice, so the API server refuses the object (Duplicate value); give each its own name',
      cannotCompile:
        'match condition expression {{value}} cannot compile ({{reason}}), so the API server refuses the object; write a CEL condition over object, oldObject or request',
      expressionRequired:
        'this match condition has no expression, so the API server refuses the object (Required value); write the CEL condition',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const lists: Array<{ list: unknown; path: FieldPath }> = webhooks(resource).map(({ webhook, path }) => ({
          list: webhook.matchConditions,
          path: [...path, 'matchConditions'],
        }));
        const policy = policySpec(resource);
        if (policy) lists.push({ list: policy.matchConditions, path: ['spec', 'matchConditions'] });
        for (const { list, path } of lists) {
          const count = asArray(list).length;
          if (count > MAX_CONDITIONS) context.report({ resource, path, messageId: 'tooMany', data: { count } });
          const seen = new Set<string>();
          for (const [index, condition] of objectEntries(list)) {
            const conditionPath = [...path, index];
            const expression = condition.expression ?? '';
            if (typeof expression === 'string' && expression.trim() === '')
              context.report({ resource, path: [...conditionPath, 'expression'], messageId: 'expressionRequired' });
            const reason =
              typeof expression === 'string'
                ? celCompileProblem(expression, ADMISSION_CEL_VARIABLES, 'bool')
                : undefined;
            if (reason !== undefined)
              context.report({
                resource,
                path: [...conditionPath, 'expression'],
                messageId: 'cannotCompile',
                data: { value: preview(expression), reason },
              });
            const name = goString(condition.name);
            if (name === undefined) continue;
            if (name === '') {
              context.report({ resource, path: [...conditionPath, 'name'], messageId: 'nameRequired' });
              continue;
            }
            const reasons = qualifiedNameErrors(name);
            if (reasons.length > 0)
              context.report({
                resource,
                path: [...conditionPath, 'name'],
                messageId: 'nameInvalid',
                data: { value: JSON.stringify(name), reasons: reasons.join('; ') },
              });
            if (seen.has(name))
              context.report({
                resource,
                path: [...conditionPath, 'name'],
                messageId: 'duplicate',
                data: { value: JSON.stringify(name) },
              });
            seen.add(name);
          }
        }
      },
    };
  },
});
