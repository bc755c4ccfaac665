import { defineRule } from '../../engine/rule.js';
import { PORT_RANGE_MESSAGES, portNumberRangeCheck } from './port-range.js';

export default defineRule({
  meta: {
    id: 'ports/container-port-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A containerPort must be between 1 and 65535.',
    help: [
      'Port numbers are 16-bit: the API server refuses a `containerPort` outside 1-65535 (`must be between 1 and 65535, inclusive`). A negative number or a value such as `80800` is usually a typo.',
      '',
      'Bad:',
      '```yaml',
      'ports:',
      '  - containerPort: 70000',
      '```',
      'Good:',
      '```yaml',
      'ports:',
      '  - containerPort: 7000',
      '```',
    ].join('\n'),
    fixable: false,
    messages: PORT_RANGE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidPortNum' },
    ],
  },
  // 0 means "absent": ports/container-port-required reports it.
  create: portNumberRangeCheck('containerPort', 'use the port the process listens on'),
});
