import { defineRule } from '../../engine/rule.js';
import { PORT_DEFINITION_MESSAGES, reportPortDefinitionWarnings } from './port-definitions.js';
import type { PortEntry } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/duplicate-port-definition',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two ports of the pod declare the same containerPort, protocol, hostPort and hostIP.',
    help: [
      'The API server warns (`duplicate port definition with …`) when two port entries anywhere in the pod — in the same or different containers, including init and sidecar containers — declare the same `containerPort` and protocol with the same hostPort and hostIP. All containers share one network namespace, so only one process can listen on the port: two containers declaring `containerPort: 8080` is a bug in one of them, or a copy-paste of the whole port list. Keep one definition; give the other container its own port.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 8080}]',
      '  - name: metrics',
      '    ports: [{containerPort: 8080}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 8080}]',
      '  - name: metrics',
      '    ports: [{containerPort: 9090}]',
      '```',
    ].join('\n'),
    fixable: false,
    messages: PORT_DEFINITION_MESSAGES,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
  },
  create(context) {
    return {
      podSpec: reportPortDefinitionWarnings(context, 'duplicate', ({ entry, other }) =>
        `${runsAlone(entry) || runsAlone(other) ? 'a regular init container has exited before the next container starts, so the two do not collide at runtime, but the second definition says nothing new' : 'all containers of a pod share one network namespace, so only one of them can listen on this port'}; declare it once, in the container that serves it`,
      ),
    };
  },
});

/** A regular init container runs to completion before the next container starts. */
function runsAlone(entry: PortEntry): boolean {
  return entry.container.list === 'initContainers' && !entry.container.isSidecar;
}
