import { defineRule } from '../../engine/rule.js';
import { endpointIPProblems } from '../../model/ip.js';
import { asArray, preview } from '../../model/values.js';
import { serviceView } from './utils/service-spec.js';

const CORE = 'k8s.io/kubernetes/pkg/apis/core/validation';

export default defineRule({
  meta: {
    id: 'service/external-ip-invalid',
    severity: 'error',
    origin: 'api-error',
    kinds: ['Service'],
    description:
      'Each externalIPs entry must be an IP address that can receive traffic: not unspecified, loopback or link-local.',
    fixable: false,
    sources: [
      { package: CORE, function: 'ValidateEndpointIP' },
      { package: CORE, function: 'IsValidIPForLegacyField' },
    ],
    messages: {
      invalid:
        'external IP {{value}} {{reasons}}; the API server refuses the Service; write an address that routes to your nodes (e.g. 192.0.2.10), without a prefix length or port',
    },
  },
  create(context) {
    return {
      resource(resource) {
        const view = serviceView(resource);
        if (!view) return;
        asArray(view.spec.externalIPs).forEach((value, index) => {
          if (typeof value !== 'string') return;
          const reasons = endpointIPProblems(value);
          if (reasons.length === 0) return;
          context.report({
            resource,
            path: ['spec', 'externalIPs', index],
            messageId: 'invalid',
            data: { value: preview(value), reasons: reasons.join('; ') },
          });
        });
      },
    };
  },
});
