import { defineRule } from '../../engine/rule.js';

export default defineRule({
  meta: {
    id: 'schema/api-version-opt-in',
    severity: 'error',
    origin: 'api-error',
    description:
      'The apiVersion is an alpha (or newer beta) API that a default API server does not serve; declare it in enabledApiVersions if your cluster does.',
    fixable: false,
    sources: [
      // Alpha and post-1.24 beta group versions are disabled by default.
      { package: 'k8s.io/kubernetes/pkg/controlplane', function: 'DefaultAPIResourceConfigSource' },
    ],
    messages: {
      apiVersionOptIn:
        '{{message}} (if your cluster enables {{apiVersion}}, list it under enabledApiVersions in .podlint.yaml)',
    },
  },
  create(context) {
    const enabled = new Set(context.enabledApiVersions ?? []);
    return {
      input(resources) {
        for (const resource of resources) {
          const status = context.schema.kindStatus(resource);
          if (status.type !== 'opt-in' || enabled.has(resource.apiVersion)) continue;
          context.report({
            resource,
            path: ['apiVersion'],
            messageId: 'apiVersionOptIn',
            data: { message: status.message, apiVersion: resource.apiVersion },
          });
        }
      },
    };
  },
});
