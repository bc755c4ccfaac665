import { defineRule } from '../../engine/rule.js';
import { asObject, preview } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

/** core.MaxClientIPServiceAffinitySeconds: one day. */
const MAX_SECONDS = 86400;

export default defineRule({
  meta: {
    id: 'service/session-affinity-timeout-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'With sessionAffinity: ClientIP, sessionAffinityConfig.clientIP.timeoutSeconds must be from 1 to 86400.',
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateAffinityTimeout', type: 'Invalid' },
    ],
    messages: {
      range:
        'timeoutSeconds {{value}} is out of range; the API server refuses the Service (must be greater than 0 and less than 86400); write a timeout from 1 to 86400 seconds, or remove it for the default of 3 hours',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view || view.spec.sessionAffinity !== 'ClientIP') return;
        const timeout = asObject(asObject(view.spec.sessionAffinityConfig)?.clientIP)?.timeoutSeconds;
        if (typeof timeout !== 'number' || (timeout > 0 && timeout <= MAX_SECONDS)) return;
        context.report({
          resource,
          path: ['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'],
          messageId: 'range',
          data: { value: preview(timeout) },
        });
      },
    };
  },
});
