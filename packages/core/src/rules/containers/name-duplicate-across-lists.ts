import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'containers/name-duplicate-across-lists',
    severity: 'error',
    origin: 'api-error',
    description:
      'An init or ephemeral container may not have the name of a regular container (or of an init container).',
    fixable: false,
    source: 'validateInitContainers, validateEphemeralContainers (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateInitContainers',
        type: 'Duplicate',
        field: 'name',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateEphemeralContainers',
        type: 'Duplicate',
        field: 'name',
      },
    ],
    messages: {
      duplicate:
        '{{list}}[{{index}}] is named {{name}} like {{other}}; container names must be unique across the pod, so the API server refuses the object; rename one of them',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const containers = containersOf(site);
        const regular = new Set(containers.filter((c) => c.list === 'containers').map((c) => c.container.name));
        const init = new Set(containers.filter((c) => c.list === 'initContainers').map((c) => c.container.name));
        for (const container of containers) {
          const name = container.container.name;
          if (typeof name !== 'string' || name === '' || container.list === 'containers') continue;
          const other = regular.has(name)
            ? 'a regular container'
            : container.list === 'ephemeralContainers' && init.has(name)
              ? 'an init container'
              : undefined;
          if (!other) continue;
          context.report({
            resource,
            path: [...container.path, 'name'],
            messageId: 'duplicate',
            data: { list: container.list, index: container.index, name: JSON.stringify(name), other },
          });
        }
      },
    };
  },
});
