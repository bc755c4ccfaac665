import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, handlerTypesOf } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/handler-multiple',
    severity: 'error',
    origin: 'api-error',
    description: 'A probe or lifecycle hook may name only one handler.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateHandler' }],
    messages: {
      handlerMultiple:
        '{{handler}} already uses {{first}}, so {{type}} is a second handler: a probe or hook runs exactly one action and the API server refuses the extra one (may not specify more than 1 handler type); delete {{type}} or {{first}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          const [first, ...extra] = handlerTypesOf(handler, context.kubernetesVersion);
          for (const type of extra) {
            context.report({
              resource,
              path: [...handler.path, type],
              messageId: 'handlerMultiple',
              data: { handler: describeHandler(handler), first: String(first), type },
              related: [{ path: [...handler.path, first ?? ''], message: 'the handler the API server keeps' }],
            });
          }
        }
      },
    };
  },
});
