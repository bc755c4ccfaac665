import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './handlers.js';

export default defineRule({
  meta: {
    id: 'probes/lifecycle-tcp-socket-ignored',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A postStart or preStop hook uses tcpSocket, which the kubelet does not run.',
    help: [
      'The API server accepts `tcpSocket` in a lifecycle hook and checks its port, but the kubelet does not support it as a hook ("lifecycle hooks will fail in runtime when tcp handler is specified"): the hook never does what you expect. For a pause before shutdown use `sleep` (1.30+); otherwise use `exec` or `httpGet`.',
      '',
      'Bad:',
      '```yaml',
      'lifecycle:',
      '  preStop:',
      '    tcpSocket: {port: 8080}',
      '```',
      'Good:',
      '```yaml',
      'lifecycle:',
      '  preStop:',
      '    sleep: {seconds: 5}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'LifecycleHandler.TCPSocket field documentation (k8s.io/api core/v1)',
    messages: {
      lifecycleTcpSocket: '{{handler}} uses tcpSocket, which the API server accepts but the kubelet does not support for lifecycle hooks, so the hook fails at runtime; use sleep (1.30+) for a pause, or exec or httpGet',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          if (!handler.isHook) continue;
          const tcp = validatedAction(handler, context.kubernetesVersion, 'tcpSocket');
          if (!tcp) continue;
          context.report({
            resource,
            path: tcp.path,
            messageId: 'lifecycleTcpSocket', data: { handler: describeHandler(handler) },
          });
        }
      },
    };
  },
});
