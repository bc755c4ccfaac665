import { defineRule } from '../../engine/rule.js';

export default defineRule({
  meta: {
    id: 'schema/api-version-removed',
    severity: 'error',
    origin: 'api-error',
    description:
      'The apiVersion of a built-in kind is not served by the target Kubernetes release (removed, or not yet added).',
    fixable: false,
    sources: [{ package: 'k8s.io/apimachinery/pkg/api/meta', function: 'DefaultRESTMapper.RESTMapping' }],
    messages: {
      apiVersionRemoved: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) {
          const status = context.schema.kindStatus(resource);
          if (status.type === 'removed')
            context.report({
              resource,
              path: ['apiVersion'],
              messageId: 'apiVersionRemoved',
              data: { message: status.message },
            });
        }
      },
    };
  },
});
