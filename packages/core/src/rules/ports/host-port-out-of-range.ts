import { defineRule } from '../../engine/rule.js';
import { PORT_RANGE_MESSAGES, portNumberRangeCheck } from './utils/port-range.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-out-of-range',
    severity: 'error',
    origin: 'api-error',
    description: 'A hostPort, when set, must be between 1 and 65535.',
    fixable: false,
    containerFields: ['ports'],
    messages: PORT_RANGE_MESSAGES,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainerPorts' },
      { package: 'k8s.io/apimachinery/pkg/util/validation', function: 'IsValidPortNum' },
    ],
  },
  create: portNumberRangeCheck(
    'hostPort',
    'remove hostPort (expose the port through a Service) or use a port between 1 and 65535',
  ),
});
