import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { asNumber } from '../../model/values.js';
import { describeHandler } from './utils/handlers.js';

const FIELDS = [
  'initialDelaySeconds',
  'timeoutSeconds',
  'periodSeconds',
  'successThreshold',
  'failureThreshold',
] as const;

export default defineRule({
  meta: {
    id: 'probes/negative-timing',
    severity: 'error',
    origin: 'api-error',
    description: 'Probe delays, timeouts, periods and thresholds must not be negative.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateProbe' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'ValidateNonnegativeField' },
    ],
    messages: {
      negativeTiming:
        '{{handler}} sets {{field}} to {{value}}, which the API server refuses (must be greater than or equal to 0); use a positive number, or 0 for the default',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          if (handler.isHook) continue;
          for (const field of FIELDS) {
            const value = asNumber(handler.handler[field]);
            if (value === undefined || value >= 0) continue;
            context.report({
              resource,
              path: [...handler.path, field],
              messageId: 'negativeTiming',
              data: { handler: describeHandler(handler), field, value },
            });
          }
        }
      },
    };
  },
});
