import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';

export default defineRule({
  meta: {
    id: 'containers/name-duplicate-across-lists',
    severity: 'error',
    origin: 'api-error',
    description: 'An init or ephemeral container may not have the name of a regular container (or of an init container).',
    help: [
      'Container names identify containers in `kubectl logs -c`, `kubectl exec -c`, metrics and status, so they must be unique across the whole pod, not only within one list. The API server refuses an init container named like a regular container (`Duplicate value`), and an ephemeral container named like any other. Duplicates inside one list are reported by `schema/duplicate-entry`.',
      '',
      'Bad:',
      '```yaml',
      'initContainers:',
      '  - name: app',
      '    image: busybox:1.36',
      'containers:',
      '  - name: app',
      '    image: example/app:1.0',
      '```',
      'Good:',
      '```yaml',
      'initContainers:',
      '  - name: app-init',
      '    image: busybox:1.36',
      'containers:',
      '  - name: app',
      '    image: example/app:1.0',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validateInitContainers, validateEphemeralContainers (pkg/apis/core/validation)',
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainers', type: 'Duplicate', field: 'name' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateEphemeralContainers', type: 'Duplicate', field: 'name' },
    ],
    messages: {
      duplicate: '{{list}}[{{index}}] is named {{name}} like {{other}}; container names must be unique across the pod, so the API server refuses the object; rename one of them',
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
          const other = regular.has(name) ? 'a regular container' : container.list === 'ephemeralContainers' && init.has(name) ? 'an init container' : undefined;
          if (!other) continue;
          context.report({ resource, path: [...container.path, 'name'], messageId: 'duplicate', data: { list: container.list, index: container.index, name: JSON.stringify(name), other } });
        }
      },
    };
  },
});
