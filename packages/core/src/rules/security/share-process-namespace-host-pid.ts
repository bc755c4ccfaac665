import { defineRule } from '../../engine/rule.js';

export default defineRule({
  meta: {
    id: 'security/share-process-namespace-host-pid',
    severity: 'error',
    origin: 'api-error',
    description: 'shareProcessNamespace and hostPID cannot both be true.',
    fixable: true,
    podSpecFields: ['shareProcessNamespace'],
    source: 'validateShareProcessNamespace (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateShareProcessNamespace',
        type: 'Invalid',
      },
    ],
    messages: {
      both: "the pod sets shareProcessNamespace and hostPID, which the API server refuses (they cannot both be enabled); with hostPID the containers already share the node's process namespace, so set shareProcessNamespace to false",
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (site.spec.shareProcessNamespace !== true || site.spec.hostPID !== true) return;
        const path = [...site.path, 'shareProcessNamespace'];
        context.report({
          resource,
          path,
          messageId: 'both',
          fix: { description: 'Set shareProcessNamespace to false', replaceValues: [{ path, value: false }] },
        });
      },
    };
  },
});
