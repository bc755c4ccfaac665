import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { parseQuantity } from '../../model/quantity.js';
import { asObject } from '../../model/values.js';
import { INTEGER_RESOURCES, isExtendedResource } from '../factories/resource-names.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'quota/hard-limit-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['ResourceQuota'],
    description:
      'ResourceQuota hard limits must not be negative, and object counts and extended resources must be whole numbers.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidateResourceQuantityValue' },
      { package: CORE, function: 'ValidateNonnegativeQuantity' },
    ],
    messages: {
      negative: 'hard limit {{value}} for {{resource}} is negative, so the API server refuses the quota',
      notInteger:
        'hard limit {{value}} for {{resource}} is not a whole number, but {{resource}} is counted in whole units, so the API server refuses the quota',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['ResourceQuota'])) return;
        for (const [name, value] of Object.entries(asObject(specOf(resource)?.hard) ?? {})) {
          const quantity = parseQuantity(value);
          if (!quantity) continue;
          const path = ['spec', 'hard', name];
          const data = { resource: name, value: String(value) };
          if (quantity.numerator < 0n) {
            context.report({ resource, path, messageId: 'negative', data });
            continue;
          }
          if (!INTEGER_RESOURCES.has(name) && !isExtendedResource(name)) continue;
          // MilliValue rounds up, then must be a multiple of 1000.
          const thousandths = (quantity.numerator * 1000n + quantity.denominator - 1n) / quantity.denominator;
          if (thousandths % 1000n !== 0n) context.report({ resource, path, messageId: 'notInteger', data });
        }
      },
    };
  },
});
