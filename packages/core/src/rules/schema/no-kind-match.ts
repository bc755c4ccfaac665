import { defineRule } from '../../engine/rule.js';

export default defineRule({
  meta: {
    id: 'schema/no-kind-match',
    severity: 'error',
    origin: 'api-error',
    description:
      'A kind or version that does not exist in a built-in group (a typo such as `Deploymnet`), or a version a known CRD does not serve.',
    fixable: false,
    sources: [{ package: 'k8s.io/apimachinery/pkg/api/meta', function: 'DefaultRESTMapper.RESTMapping' }],
    messages: {
      noKindMatch: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) {
          const status = context.schema.kindStatus(resource);
          if (status.type === 'no-match' || status.type === 'custom-unserved')
            context.report({
              resource,
              path: [status.field],
              messageId: 'noKindMatch',
              data: { message: status.message },
            });
        }
      },
    };
  },
});
