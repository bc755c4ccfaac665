import { defineRule } from '../../engine/rule.js';
import { asInteger } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { asObject, type PlainObject } from '../../model/values.js';
import { FLOWCONTROL_VALIDATION, priorityLevelSpec, sharesField } from './utils/flowcontrol.js';

export default defineRule({
  meta: {
    id: 'flowcontrol/concurrency-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PriorityLevelConfiguration'],
    description:
      "A priority level's concurrency shares and borrowingLimitPercent must not be negative, and lendablePercent must be between 0 and 100.",
    fixable: false,
    sources: [
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateLimitedPriorityLevelConfiguration' },
      { package: FLOWCONTROL_VALIDATION, function: 'ValidateExemptPriorityLevelConfiguration' },
    ],
    messages: {
      negative: '{{field}} is {{value}}, so the API server refuses the priority level ({{detail}}); use 0 or more',
      percent:
        'lendablePercent is {{value}}, not a percentage, so the API server refuses the priority level (must be between 0 and 100, inclusive); use a value from 0 to 100',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const spec = priorityLevelSpec(resource);
        if (!spec) return;
        const limited = asObject(spec.limited);
        // The API server validates only the settings of the level's own type.
        if (spec.type === 'Limited' && limited) check(limited, ['spec', 'limited'], sharesField(resource), true);
        const exempt = asObject(spec.exempt);
        if (spec.type === 'Exempt' && exempt) check(exempt, ['spec', 'exempt'], 'nominalConcurrencyShares', false);

        function check(settings: PlainObject, path: FieldPath, shares: string, borrowing: boolean): void {
          const sharesValue = asInteger(settings[shares]);
          if (sharesValue !== undefined && sharesValue < 0)
            context.report({
              resource,
              path: [...path, shares],
              messageId: 'negative',
              data: { field: shares, value: sharesValue, detail: 'must be a non-negative integer' },
            });
          const lendable = asInteger(settings.lendablePercent);
          if (lendable !== undefined && (lendable < 0 || lendable > 100))
            context.report({
              resource,
              path: [...path, 'lendablePercent'],
              messageId: 'percent',
              data: { value: lendable },
            });
          const borrowingLimit = borrowing ? asInteger(settings.borrowingLimitPercent) : undefined;
          if (borrowingLimit !== undefined && borrowingLimit < 0)
            context.report({
              resource,
              path: [...path, 'borrowingLimitPercent'],
              messageId: 'negative',
              data: {
                field: 'borrowingLimitPercent',
                value: borrowingLimit,
                detail: 'if specified, must be a non-negative integer',
              },
            });
        }
      },
    };
  },
});
