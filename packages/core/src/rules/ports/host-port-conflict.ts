import { defineRule } from '../../engine/rule.js';
import { formatPath } from '../../model/path.js';
import { describeHostBinding, podPorts, repeatedHostPorts } from './utils/port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict',
    severity: 'error',
    origin: 'api-error',
    description: 'Two ports of the regular containers bind the same host port, protocol and host IP.',
    fixable: false,
    containerFields: ['ports'],
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'checkHostPortConflicts' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'AccumulateUniqueHostPorts' },
    ],
    messages: {
      hostPortConflict:
        '{{entry}}{{defaulted}} is already bound by {{first}}: the containers of a pod share one node, so the API server refuses the duplicate (Duplicate value: "{{key}}"); choose another hostPort or expose the port through a Service',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { entry, key, first } of repeatedHostPorts(podPorts(site, resource, ['containers']))) {
          const defaulted =
            entry.writtenHostPort === 0 ? ' (defaulted from containerPort because the Pod uses hostNetwork)' : '';
          context.report({
            resource,
            path: [...entry.path, 'hostPort'],
            messageId: 'hostPortConflict',
            data: { entry: describeHostBinding(entry), defaulted, first: formatPath(first), key },
            related: [{ path: first, message: 'the first port that binds this host port' }],
          });
        }
      },
    };
  },
});
