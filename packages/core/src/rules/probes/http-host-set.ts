import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './handlers.js';

export default defineRule({
  meta: {
    id: 'probes/http-host-set',
    severity: 'info',
    origin: 'pitfall',
    description: 'An httpGet probe or hook sets host, so it does not call this pod.',
    help: [
      "`httpGet.host` replaces the pod IP as the address the kubelet connects to, so the probe checks some other machine, not this container: the pod can be dead while the probe passes, or be restarted for another host's fault. The field docs say you probably want a `Host` header instead, which keeps the connection on the pod IP.",
      '',
      'Bad:',
      '```yaml',
      'httpGet: {host: web.example.com, path: /healthz, port: 8080}',
      '```',
      'Good:',
      '```yaml',
      'httpGet:',
      '  path: /healthz',
      '  port: 8080',
      '  httpHeaders: [{name: Host, value: web.example.com}]',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'HTTPGetAction.Host field documentation (k8s.io/api core/v1)',
    messages: {
      httpHostSet: '{{handler}} connects to {{host}} instead of the pod IP, so it does not check this container; remove host and send a Host header (httpHeaders: [{name: Host, value: {{host2}}}]) if the server needs one',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          const http = validatedAction(handler, context.kubernetesVersion, 'httpGet');
          const host = http?.action.host;
          if (!http || typeof host !== 'string' || host === '') continue;
          context.report({
            resource,
            path: [...http.path, 'host'],
            messageId: 'httpHostSet', data: { handler: describeHandler(handler), host: JSON.stringify(host), host2: host },
          });
        }
      },
    };
  },
});
