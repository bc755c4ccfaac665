import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import type { FieldPath } from '../../model/path.js';
import { compareQuantities, parseQuantity } from '../../model/quantity.js';
import { asObject, isSet, objectEntries, type PlainObject } from '../../model/values.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

type Quantities = Map<string, unknown>;

function quantities(value: unknown): Quantities {
  return new Map(Object.entries(asObject(value) ?? {}).filter(([, quantity]) => parseQuantity(quantity) !== undefined));
}

/** SetDefaults_LimitRangeItem: a Container limit's default comes from max, its default request from default or min. */
function withContainerDefaults(limit: PlainObject): { defaults: Quantities; defaultRequests: Quantities } {
  const defaults = quantities(limit.default);
  const defaultRequests = quantities(limit.defaultRequest);
  if (limit.type !== 'Container') return { defaults, defaultRequests };
  for (const [key, value] of quantities(limit.max)) if (!defaults.has(key)) defaults.set(key, value);
  for (const [key, value] of defaults) if (!defaultRequests.has(key)) defaultRequests.set(key, value);
  for (const [key, value] of quantities(limit.min)) if (!defaultRequests.has(key)) defaultRequests.set(key, value);
  return { defaults, defaultRequests };
}

export default defineRule({
  meta: {
    id: 'quota/limit-range-bounds',
    severity: 'error',
    origin: 'api-error',
    kinds: ['LimitRange'],
    description:
      'LimitRange bounds must be ordered (min ≤ default request ≤ default ≤ max), ratios at least 1; Pod limits have no defaults, PVC limits need a storage bound.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidateLimitRange', type: 'Invalid' },
      { package: CORE, function: 'ValidateLimitRange', type: 'Forbidden' },
      { package: CORE, function: 'ValidateLimitRange', type: 'Required' },
    ],
    messages: {
      order:
        '{{lower}} of {{resource}} ({{lowerValue}}) is greater than {{upper}} ({{upperValue}}), so the API server refuses the LimitRange{{defaulted}}',
      ratio:
        'maxLimitRequestRatio of {{resource}} is {{value}}, but a limit is never below its request, so a ratio under 1 is refused',
      podDefaults:
        'a Pod limit may not set {{field}}: defaults apply to containers, so the API server refuses it; move it to a Container entry',
      pvcStorage:
        'a PersistentVolumeClaim limit needs a min or max for storage, the only thing it can bound, so the API server refuses it',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['LimitRange'])) return;
        for (const [index, limit] of objectEntries(specOf(resource)?.limits)) {
          const base: FieldPath = ['spec', 'limits', index];
          if (limit.type === 'Pod') {
            for (const field of ['default', 'defaultRequest'])
              if (Object.keys(asObject(limit[field]) ?? {}).length > 0)
                context.report({ resource, path: [...base, field], messageId: 'podDefaults', data: { field } });
          }
          if (
            limit.type === 'PersistentVolumeClaim' &&
            !isSet(asObject(limit.min)?.storage) &&
            !isSet(asObject(limit.max)?.storage)
          )
            context.report({ resource, path: [...base, 'limits'], messageId: 'pvcStorage' });
          const min = quantities(limit.min);
          const max = quantities(limit.max);
          const ratios = quantities(limit.maxLimitRequestRatio);
          const { defaults, defaultRequests } =
            limit.type === 'Pod' ? { defaults: new Map(), defaultRequests: new Map() } : withContainerDefaults(limit);
          const written = (field: string, key: string): boolean => isSet(asObject(limit[field])?.[key]);
          const keys = new Set([
            ...min.keys(),
            ...max.keys(),
            ...defaults.keys(),
            ...defaultRequests.keys(),
            ...ratios.keys(),
          ]);
          for (const key of keys) {
            // [lower list, upper list, where the API server reports it]
            const pairs: Array<[string, Quantities, string, Quantities, string]> = [
              ['min', min, 'max', max, 'min'],
              ['min', min, 'defaultRequest', defaultRequests, 'defaultRequest'],
              ['defaultRequest', defaultRequests, 'max', max, 'defaultRequest'],
              ['defaultRequest', defaultRequests, 'default', defaults, 'defaultRequest'],
              ['min', min, 'default', defaults, 'default'],
              ['default', defaults, 'max', max, 'default'],
            ];
            for (const [lower, lowerValues, upper, upperValues, at] of pairs) {
              const low = lowerValues.get(key);
              const high = upperValues.get(key);
              if (low === undefined || high === undefined || (compareQuantities(low, high) ?? 0) <= 0) continue;
              const defaulted = [lower, upper].filter((field) => field.startsWith('default') && !written(field, key));
              context.report({
                resource,
                path: [...base, at, key],
                messageId: 'order',
                data: {
                  lower,
                  upper,
                  resource: key,
                  lowerValue: String(low),
                  upperValue: String(high),
                  defaulted:
                    defaulted.length > 0 ? ` (${defaulted.join(' and ')} defaulted from the other bounds)` : '',
                },
              });
            }
            const ratio = ratios.get(key);
            if (ratio !== undefined && (compareQuantities(ratio, 1) ?? 0) < 0)
              context.report({
                resource,
                path: [...base, 'maxLimitRequestRatio', key],
                messageId: 'ratio',
                data: { resource: key, value: String(ratio) },
              });
          }
        }
      },
    };
  },
});
