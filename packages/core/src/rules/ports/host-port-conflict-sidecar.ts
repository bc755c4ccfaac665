import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { formatPath } from '../../model/path.js';
import { bindsHostPort, describeHostBinding, hostNetworkDefaultsApply, hostPortKey, portEntriesOf, type PortEntry } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict-sidecar',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A sidecar binds the same host port as a regular container or another sidecar.',
    help: [
      'The API server checks host ports among regular containers, and inside each init container on its own, because init containers used to run one at a time. A sidecar (an init container with `restartPolicy: Always`) runs for the whole life of the pod, beside the regular containers and the other sidecars, so two of them binding the same `<protocol>/<hostIP>/<hostPort>` collide on the node: the second container fails to start. Give each a distinct hostPort, or let one container own the port.',
      '',
      'Bad:',
      '```yaml',
      'initContainers:',
      '  - name: proxy',
      '    restartPolicy: Always',
      '    ports: [{containerPort: 15000, hostPort: 15000}]',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 15000, hostPort: 15000}]',
      '```',
      'Good:',
      '```yaml',
      'initContainers:',
      '  - name: proxy',
      '    restartPolicy: Always',
      '    ports: [{containerPort: 15000, hostPort: 15000}]',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 8080}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validateInitContainers checks init containers one by one (pkg/apis/core/validation), which predates sidecars',
    messages: {
      hostPortConflictSidecar: '{{entry}} of {{sidecar}} is also bound by {{container}} ({{path}}): a sidecar runs beside the other containers for the pod\'s whole life, so the second bind fails on the node (the API server does not check sidecars against other containers); use another hostPort or let one container own it',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const defaults = hostNetworkDefaultsApply(site, resource);
        const owners = new Map<string, PortEntry>();
        const claim = (entries: readonly PortEntry[]): void => {
          for (const entry of entries) if (!owners.has(hostPortKey(entry))) owners.set(hostPortKey(entry), entry);
        };
        for (const container of containersOf(site, ['containers'])) claim(portEntriesOf(container, defaults).filter(bindsHostPort));
        for (const sidecar of containersOf(site, ['initContainers']).filter((container) => container.isSidecar)) {
          const mine = portEntriesOf(sidecar, defaults).filter(bindsHostPort);
          for (const entry of mine) {
            const other = owners.get(hostPortKey(entry));
            if (!other) continue;
            context.report({
              resource,
              path: [...entry.path, 'hostPort'],
              messageId: 'hostPortConflictSidecar', data: { entry: describeHostBinding(entry), sidecar: describeContainer(sidecar), container: describeContainer(other.container), path: formatPath(other.path) },
              related: [{ path: [...other.path, 'hostPort'], message: 'the other binding of this host port' }],
            });
          }
          // Later sidecars clash with this one too; duplicates inside it are ports/host-port-conflict-init's.
          claim(mine);
        }
      },
    };
  },
});
