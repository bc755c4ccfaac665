import { defineRule } from '../../engine/rule.js';
import { containersOf } from '../../model/containers.js';
import { formatPath } from '../../model/path.js';
import { describeHostBinding, hostNetworkDefaultsApply, portEntriesOf, repeatedHostPorts } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict-init',
    severity: 'error',
    origin: 'api-error',
    description: 'One init container binds the same host port, protocol and host IP twice.',
    help: [
      'The API server checks the host ports of each init container on its own (init containers used to run one at a time) and refuses a key `<protocol>/<hostIP>/<hostPort>` that appears twice in one container (`Duplicate value: "TCP//9000"`). Note: the API server names the port `initContainers[0]` whatever the container\'s index; podlint points at the real one. Clashes between sidecars and regular containers are reported by `ports/host-port-conflict-sidecar`.',
      '',
      'Bad:',
      '```yaml',
      'initContainers:',
      '  - name: setup',
      '    ports:',
      '      - {containerPort: 80, hostPort: 9000}',
      '      - {containerPort: 81, hostPort: 9000}',
      '```',
      'Good:',
      '```yaml',
      'initContainers:',
      '  - name: setup',
      '    ports:',
      '      - {containerPort: 80, hostPort: 9000}',
      '      - {containerPort: 81, hostPort: 9001}',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateInitContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'checkHostPortConflicts' },
    ],
    messages: {
      hostPortConflictInit: '{{entry}} is already bound by {{first}} in the same init container, so the API server refuses the duplicate (Duplicate value: "{{key}}"); choose another hostPort',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const defaults = hostNetworkDefaultsApply(site, resource);
        for (const container of containersOf(site, ['initContainers'])) {
          for (const { entry, key, first } of repeatedHostPorts(portEntriesOf(container, defaults))) {
            context.report({
              resource,
              path: [...entry.path, 'hostPort'],
              messageId: 'hostPortConflictInit', data: { entry: describeHostBinding(entry), first: formatPath(first), key },
              related: [{ path: first, message: 'the first port that binds this host port' }],
            });
          }
        }
      },
    };
  },
});
