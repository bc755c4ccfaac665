import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import { FLOWCONTROL_VALIDATION, flowSchemaSpec } from './utils/flowcontrol.js';

const MAX_PRECEDENCE = 10000;

export default defineRule({
  meta: {
    id: 'flowcontrol/matching-precedence-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      "A FlowSchema's matchingPrecedence must be between 1 and 10000, and only the schema named exempt may use 1.",
    fixable: false,
    kinds: ['FlowSchema'],
    sources: [{ package: FLOWCONTROL_VALIDATION, function: 'ValidateFlowSchemaSpec', field: 'matchingPrecedence' }],
    messages: {
      notPositive:
        'matchingPrecedence {{value}} is not positive, so the API server refuses the FlowSchema (must be a positive value); use a value between 2 and 10000, or leave it out for the default 1000',
      tooLarge:
        'matchingPrecedence {{value}} is above 10000, so the API server refuses the FlowSchema (must not be greater than 10000); use a value between 2 and 10000',
      reserved:
        'matchingPrecedence 1 is reserved for the built-in FlowSchema named exempt, so the API server refuses it here; use a value between 2 and 10000',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = flowSchemaSpec(resource);
        const value = asInteger(spec?.matchingPrecedence);
        // 0 (or absent) is defaulted to 1000 before validation.
        if (value === undefined || value === 0) return;
        const path = ['spec', 'matchingPrecedence'];
        if (value < 0) context.report({ resource, path, messageId: 'notPositive', data: { value } });
        else if (value > MAX_PRECEDENCE) context.report({ resource, path, messageId: 'tooLarge', data: { value } });
        else if (value === 1 && resource.name !== 'exempt') context.report({ resource, path, messageId: 'reserved' });
      },
    };
  },
});
