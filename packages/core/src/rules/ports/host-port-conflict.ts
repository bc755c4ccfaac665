import { defineRule } from '../../engine/rule.js';
import { formatPath } from '../../model/path.js';
import { describeHostBinding, podPorts, repeatedHostPorts } from './port-entries.js';

export default defineRule({
  meta: {
    id: 'ports/host-port-conflict',
    severity: 'error',
    origin: 'api-error',
    description: 'Two ports of the regular containers bind the same host port, protocol and host IP.',
    help: [
      "The containers of a pod share one node: two ports that claim the same `hostPort` with the same protocol and hostIP cannot both bind, and the API server refuses the pod (`Duplicate value: \"TCP//8080\"`). The key is compared as text, so `hostIP: 0.0.0.0` and no hostIP do not clash here (they do on the node). For a Pod with `hostNetwork: true` an unset hostPort is defaulted to the containerPort first, so two containers declaring the same containerPort clash. Give each a distinct hostPort, or drop hostPort and expose the port through a Service.",
      '',
      'Bad:',
      '```yaml',
      'containers:',
      '  - name: a',
      '    ports: [{containerPort: 80, hostPort: 8080}]',
      '  - name: b',
      '    ports: [{containerPort: 81, hostPort: 8080}]',
      '```',
      'Good:',
      '```yaml',
      'containers:',
      '  - name: a',
      '    ports: [{containerPort: 80, hostPort: 8080}]',
      '  - name: b',
      '    ports: [{containerPort: 81, hostPort: 8081}]',
      '```',
    ].join('\n'),
    fixable: false,
    sources: [
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateContainers' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'checkHostPortConflicts' },
      { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'AccumulateUniqueHostPorts' },
    ],
    messages: {
      hostPortConflict: '{{entry}}{{defaulted}} is already bound by {{first}}: the containers of a pod share one node, so the API server refuses the duplicate (Duplicate value: "{{key}}"); choose another hostPort or expose the port through a Service',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const { entry, key, first } of repeatedHostPorts(podPorts(site, resource, ['containers']))) {
          const defaulted = entry.writtenHostPort === 0 ? ' (defaulted from containerPort because the Pod uses hostNetwork)' : '';
          context.report({
            resource,
            path: [...entry.path, 'hostPort'],
            messageId: 'hostPortConflict', data: { entry: describeHostBinding(entry), defaulted, first: formatPath(first), key },
            related: [{ path: first, message: 'the first port that binds this host port' }],
          });
        }
      },
    };
  },
});
