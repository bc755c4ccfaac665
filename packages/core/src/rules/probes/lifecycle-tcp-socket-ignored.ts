import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/lifecycle-tcp-socket-ignored',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A postStart or preStop hook uses tcpSocket, which the kubelet does not run.',
    fixable: false,
    containerFields: ['lifecycle'],
    source: 'LifecycleHandler.TCPSocket field documentation (k8s.io/api core/v1)',
    messages: {
      lifecycleTcpSocketIgnored:
        '{{handler}} uses tcpSocket, which the API server accepts but the kubelet does not support for lifecycle hooks, so the hook fails at runtime; use sleep (1.30+) for a pause, or exec or httpGet',
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
            messageId: 'lifecycleTcpSocketIgnored',
            data: { handler: describeHandler(handler) },
          });
        }
      },
    };
  },
});
