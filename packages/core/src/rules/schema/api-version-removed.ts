import { defineRule } from '../../engine/rule.js';
import { kindStatus, schemaScope } from '../../schema/analyze.js';

export default defineRule({
  meta: {
    id: 'schema/api-version-removed',
    severity: 'error',
    origin: 'api-error',
    description: 'The apiVersion of a built-in kind is not served by the target Kubernetes release (removed, or not yet added).',
    fixable: false,
    sources: [
      { package: 'k8s.io/apimachinery/pkg/api/meta', function: 'DefaultRESTMapper.RESTMapping' },
    ],
    messages: {
      apiVersionRemoved: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        const scope = schemaScope(context.kubernetesVersion, resources, context.crds);
        for (const resource of resources) {
          const status = kindStatus(resource, scope);
          if (status.type === 'removed') context.report({ resource, path: ['apiVersion'], messageId: 'apiVersionRemoved', data: { message: status.message } });
        }
      },
    };
  },
});
