import { defineRule } from '../../engine/rule.js';
import { kindStatus, schemaScope } from '../../schema/analyze.js';

export default defineRule({
  meta: {
    id: 'schema/api-version-opt-in',
    severity: 'warning',
    origin: 'advice',
    description: 'The apiVersion is an alpha (or newer beta) API that API servers serve only when an administrator enables it.',
    help: [
      'Alpha APIs, and beta APIs introduced since Kubernetes 1.24, are off by default: a cluster serves them only with `--runtime-config=<group>/<version>=true` (and usually a feature gate). A default API server refuses the object ("no matches for kind"). This is a warning rather than an error because your cluster may enable the API; prefer the GA version podlint names when there is one.',
      '',
      'Bad:',
      '```yaml',
      'apiVersion: resource.k8s.io/v1beta2',
      'kind: DeviceClass',
      '```',
      'Good:',
      '```yaml',
      'apiVersion: resource.k8s.io/v1',
      'kind: DeviceClass',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'DefaultAPIResourceConfigSource (alpha and post-1.24 beta group versions are disabled by default)',
    messages: {
      apiVersionOptIn: '{{message}}',
    },
  },
  create(context) {
    return {
      input(resources) {
        const scope = schemaScope(context.kubernetesVersion, resources, context.crds);
        for (const resource of resources) {
          const status = kindStatus(resource, scope);
          if (status.type === 'opt-in') context.report({ resource, path: ['apiVersion'], messageId: 'apiVersionOptIn', data: { message: status.message } });
        }
      },
    };
  },
});
