import { defineRule } from '../../engine/rule.js';
import { isBuiltin } from '../../model/builtin.js';
import { asObject } from '../../model/values.js';

const HIGHEST_USER_PRIORITY = 1_000_000_000;
/** The built-in classes a manifest may only restate exactly (the API server creates them itself). */
const SYSTEM_CLASSES: Readonly<Record<string, number>> = {
  'system-node-critical': 2_000_001_000,
  'system-cluster-critical': 2_000_000_000,
};

export default defineRule({
  meta: {
    id: 'scheduling/priority-class-value-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['PriorityClass'],
    description: 'A PriorityClass value may not exceed 1000000000, and names starting with "system-" are reserved.',
    fixable: false,
    source: 'ValidatePriorityClass (pkg/apis/scheduling/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/scheduling/validation',
        function: 'ValidatePriorityClass',
        type: 'Forbidden',
      },
    ],
    messages: {
      tooHigh:
        'value {{value}} is above 1000000000, the highest priority a user-defined PriorityClass may have (higher ones are reserved for system-cluster-critical and system-node-critical), so the API server refuses it',
      reservedName:
        'PriorityClass names starting with "system-" are reserved for the built-in classes{{detail}}, so the API server refuses "{{name}}"; choose another name',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, 'scheduling.k8s.io', ['PriorityClass'])) return;
        const name = asObject(resource.object.metadata)?.name;
        const value = resource.object.value;
        if (typeof name === 'string' && name.startsWith('system-')) {
          const expected = SYSTEM_CLASSES[name];
          const globalDefault = resource.object.globalDefault;
          if (
            expected !== undefined &&
            value === expected &&
            (globalDefault === undefined || globalDefault === null || globalDefault === false)
          )
            return;
          if (expected !== undefined && typeof value !== 'number') return;
          const detail = expected !== undefined ? ` (${name} must have value ${expected} and globalDefault false)` : '';
          context.report({ resource, path: ['metadata', 'name'], messageId: 'reservedName', data: { name, detail } });
          return;
        }
        if (typeof value === 'number' && Number.isInteger(value) && value > HIGHEST_USER_PRIORITY)
          context.report({ resource, path: ['value'], messageId: 'tooHigh', data: { value } });
      },
    };
  },
});
