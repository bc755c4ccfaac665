import { defineRule } from '../../engine/rule.js';
import { PORT_DEFINITION_MESSAGES, reportPortDefinitionWarnings } from './utils/port-definitions.js';

export default defineRule({
  meta: {
    id: 'ports/ambiguous-port-definition',
    severity: 'warning',
    origin: 'api-warning',
    description:
      'Two ports bind the same containerPort and hostPort, one on all host IPs and one on a specific hostIP.',
    fixable: false,
    containerFields: ['ports'],
    messages: PORT_DEFINITION_MESSAGES,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
  },
  create(context) {
    return {
      podSpec: reportPortDefinitionWarnings(
        context,
        'ambiguous',
        () =>
          'a host port bound on one address and on all addresses at once is undefined behaviour in the container runtime; keep one definition or use distinct hostPorts',
      ),
    };
  },
});
