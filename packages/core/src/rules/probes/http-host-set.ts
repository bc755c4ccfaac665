import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { describeHandler, validatedAction } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/http-host-set',
    severity: 'info',
    origin: 'pitfall',
    description: 'An httpGet probe or hook sets host, so it does not call this pod.',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    source: 'HTTPGetAction.Host field documentation (k8s.io/api core/v1)',
    messages: {
      httpHostSet:
        '{{handler}} connects to {{host}} instead of the pod IP, so it does not check this container; remove host and send a Host header (httpHeaders: [{name: Host, value: {{host2}}}]) if the server needs one',
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
            messageId: 'httpHostSet',
            data: { handler: describeHandler(handler), host: JSON.stringify(host), host2: host },
          });
        }
      },
    };
  },
});
