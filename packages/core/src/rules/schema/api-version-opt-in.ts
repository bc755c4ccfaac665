import { defineRule } from '../../engine/rule.js';

export default defineRule({
  meta: {
    id: 'schema/api-version-opt-in',
    severity: 'warning',
    origin: 'advice',
    description:
      'The apiVersion is an alpha (or newer beta) API that API servers serve only when an administrator enables it.',
    fixable: false,
    source: 'DefaultAPIResourceConfigSource (alpha and post-1.24 beta group versions are disabled by default)',
    messages: {
      apiVersionOptIn: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) {
          const status = context.schema.kindStatus(resource);
          if (status.type === 'opt-in')
            context.report({
              resource,
              path: ['apiVersion'],
              messageId: 'apiVersionOptIn',
              data: { message: status.message },
            });
        }
      },
    };
  },
});
