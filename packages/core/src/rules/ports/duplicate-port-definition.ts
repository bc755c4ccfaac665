import { defineRule } from '../../engine/rule.js';
import { PORT_DEFINITION_MESSAGES, reportPortDefinitionWarnings } from './utils/port-definitions.js';
import type { PortEntry } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/duplicate-port-definition',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two ports of the pod declare the same containerPort, protocol, hostPort and hostIP.',
    fixable: false,
    containerFields: ['ports'],
    messages: PORT_DEFINITION_MESSAGES,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
  },
  create(context) {
    return {
      podSpec: reportPortDefinitionWarnings(
        context,
        'duplicate',
        ({ entry, other }) =>
          `${runsAlone(entry) || runsAlone(other) ? 'a regular init container has exited before the next container starts, so the two do not collide at runtime, but the second definition says nothing new' : 'all containers of a pod share one network namespace, so only one of them can listen on this port'}; declare it once, in the container that serves it`,
      ),
    };
  },
});

/** A regular init container runs to completion before the next container starts. */
function runsAlone(entry: PortEntry): boolean {
  return entry.container.list === 'initContainers' && !entry.container.isSidecar;
}
