import { defineRule } from '../../engine/rule.js';
import { PORT_DEFINITION_MESSAGES, reportPortDefinitionWarnings } from './port-definitions.js';

export default defineRule({
  meta: {
    id: 'ports/ambiguous-port-definition',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two ports bind the same containerPort and hostPort, one on all host IPs and one on a specific hostIP.',
    help: [
      'The API server warns (`dangerously ambiguous port definition with …`) when two entries have the same `containerPort`, protocol and `hostPort` and only one of them sets `hostIP`. Binding one address and all addresses of the node with the same port is undefined behaviour in the container runtime: which mapping wins depends on the node. Use one definition, or distinct hostPorts.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: a',
      '    ports: [{containerPort: 80, hostPort: 80}]',
      '  - name: b',
      '    ports: [{containerPort: 80, hostPort: 80, hostIP: 127.0.0.1}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: a',
      '    ports: [{containerPort: 80, hostPort: 80}]',
      '```',
    ].join('\n'),
    fixable: false,
    messages: PORT_DEFINITION_MESSAGES,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
  },
  create(context) {
    return {
      podSpec: reportPortDefinitionWarnings(context, 'ambiguous', () => 'a host port bound on one address and on all addresses at once is undefined behaviour in the container runtime; keep one definition or use distinct hostPorts'),
    };
  },
});
