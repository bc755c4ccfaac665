import { defineRule } from '../../engine/rule.js';
import { isBuiltin, specOf } from '../../model/builtin.js';
import { goString, objectEntries } from '../../model/values.js';
import { labelValueErrors, qualifiedNameErrors } from '../../schema/names.js';

export default defineRule({
  meta: {
    id: 'node/taint-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'A Node taint has a label-name key and a label value, and one taint per key and effect.',
    fixable: false,
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNodeTaints' }],
    messages: {
      key: 'taint key "{{value}}" is not a label name: {{reasons}}; the API server refuses the Node',
      value: 'taint value "{{value}}" is not a label value: {{reasons}}; the API server refuses the Node',
      duplicate:
        'a taint with key "{{key}}" and effect {{effect}} is already set; taints must be unique by key and effect, so the API server refuses the Node',
    },
  },
  create(context) {
    return {
      resource(resource) {
        if (!isBuiltin(resource, '', ['Node'])) return;
        const seen = new Set<string>();
        for (const [index, taint] of objectEntries(specOf(resource)?.taints)) {
          const path = ['spec', 'taints', index];
          const key = goString(taint.key);
          const value = goString(taint.value);
          const effect = goString(taint.effect);
          if (key === undefined || value === undefined || effect === undefined) continue;
          const keyReasons = key === '' ? [] : qualifiedNameErrors(key);
          if (keyReasons.length > 0)
            context.report({
              resource,
              path: [...path, 'key'],
              messageId: 'key',
              data: { value: key, reasons: keyReasons.join('; ') },
            });
          const valueReasons = labelValueErrors(value);
          if (valueReasons.length > 0)
            context.report({
              resource,
              path: [...path, 'value'],
              messageId: 'value',
              data: { value, reasons: valueReasons.join('; ') },
            });
          const identity = JSON.stringify([key, effect]);
          if (effect !== '' && seen.has(identity))
            context.report({ resource, path, messageId: 'duplicate', data: { key, effect } });
          seen.add(identity);
        }
      },
    };
  },
});
