import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { isSet, objectEntries } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'env/env-from-source-count',
    severity: 'error',
    origin: 'api-error',
    description: 'Each envFrom entry must name exactly one of configMapRef and secretRef.',
    fixable: false,
    containerFields: ['envFrom'],
    source: 'ValidateEnvFrom (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'ValidateEnvFrom',
        type: 'Invalid',
      },
    ],
    messages: {
      none: 'envFrom[{{index}}] of {{owner}} names neither a configMapRef nor a secretRef, so the API server refuses the object (must specify one of configMapRef or secretRef); add the source, or remove the entry',
      both: 'envFrom[{{index}}] of {{owner}} names both a configMapRef and a secretRef, so the API server refuses the object (may not have more than one field specified at a time); split it into two entries',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const container of containersOf(site)) {
          for (const [index, entry] of objectEntries(container.container.envFrom)) {
            const count = [entry.configMapRef, entry.secretRef].filter(isSet).length;
            if (count === 1) continue;
            context.report({
              resource,
              path: [...container.path, 'envFrom'],
              messageId: count === 0 ? 'none' : 'both',
              data: { index, owner: describeContainer(container) },
            });
          }
        }
      },
    };
  },
});
