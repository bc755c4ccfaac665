import { defineRule } from '../../engine/rule.js';
import { PORT_DEFINITION_MESSAGES, reportPortDefinitionWarnings } from './utils/port-definitions.js';

export default defineRule({
  meta: {
    id: 'ports/overlapping-port-definition',
    severity: 'warning',
    origin: 'api-warning',
    description: 'Two ports declare the same containerPort and protocol, one with a hostPort and one without.',
    fixable: false,
    containerFields: ['ports'],
    messages: PORT_DEFINITION_MESSAGES,
    source: 'warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
  },
  create(context) {
    return {
      podSpec: reportPortDefinitionWarnings(
        context,
        'overlapping',
        () =>
          "both entries describe the same socket in the pod's shared network namespace; keep one definition (with or without hostPort)",
      ),
    };
  },
});
