import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { formatPath } from '../../model/path.js';
import {
  bindsHostPort,
  describeHostBinding,
  hostNetworkDefaultsApply,
  hostPortKey,
  portEntriesOf,
  type PortEntry,
} from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict-sidecar',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A sidecar binds the same host port as a regular container or another sidecar.',
    fixable: false,
    containerFields: ['ports'],
    source:
      'validateInitContainers checks init containers one by one (pkg/apis/core/validation), which predates sidecars',
    messages: {
      hostPortConflictSidecar:
        "{{entry}} of {{sidecar}} is also bound by {{container}} ({{path}}): a sidecar runs beside the other containers for the pod's whole life, so the second bind fails on the node (the API server does not check sidecars against other containers); use another hostPort or let one container own it",
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
        for (const container of containersOf(site, ['containers']))
          claim(portEntriesOf(container, defaults).filter(bindsHostPort));
        for (const sidecar of containersOf(site, ['initContainers']).filter((container) => container.isSidecar)) {
          const mine = portEntriesOf(sidecar, defaults).filter(bindsHostPort);
          for (const entry of mine) {
            const other = owners.get(hostPortKey(entry));
            if (!other) continue;
            context.report({
              resource,
              path: [...entry.path, 'hostPort'],
              messageId: 'hostPortConflictSidecar',
              data: {
                entry: describeHostBinding(entry),
                sidecar: describeContainer(sidecar),
                container: describeContainer(other.container),
                path: formatPath(other.path),
              },
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
