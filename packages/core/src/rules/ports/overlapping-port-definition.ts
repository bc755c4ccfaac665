import { defineRule } from '../../engine/rule.js';
import { PORT_DEFINITION_MESSAGES, reportPortDefinitionWarnings } from './port-definitions.js';

export default defineRule({
  meta: {
    id: 'ports/overlapping-port-definition',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two ports declare the same containerPort and protocol, one with a hostPort and one without.',
    help: [
      'The API server warns (`overlapping port definition with …`) when two entries declare the same `containerPort` and protocol and exactly one of them sets a `hostPort` (after defaulting). The two entries describe one listening socket in the shared network namespace, so one of them is redundant and readers cannot tell whether the port is meant to be reachable on the node.',
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: dns',
      '    ports: [{containerPort: 53, hostPort: 53}]',
      '  - name: sidecar',
      '    ports: [{containerPort: 53}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: dns',
      '    ports: [{containerPort: 53, hostPort: 53}]',
      '```',
    ].join('\n'),
    fixable: false,
    messages: PORT_DEFINITION_MESSAGES,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
  },
  create(context) {
    return {
      podSpec: reportPortDefinitionWarnings(context, 'overlapping', () => "both entries describe the same socket in the pod's shared network namespace; keep one definition (with or without hostPort)"),
    };
  },
});
