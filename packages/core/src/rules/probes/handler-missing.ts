import { defineRule } from '../../engine/rule.js';
import { handlerSites } from '../../model/probes.js';
import { isSet } from '../../model/values.js';
import { describeHandler, handlerTypesOf, sleepActionExists } from './utils/handlers.js';

export default defineRule({
  meta: {
    id: 'probes/handler-missing',
    severity: 'error',
    origin: 'api-error',
    description:
      'A probe or lifecycle hook must name one handler: exec, httpGet, tcpSocket, grpc (probes) or sleep (hooks).',
    fixable: false,
    containerFields: ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'],
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateHandler' }],
    messages: {
      sleepActionUnavailable:
        '{{handler}} uses the sleep action, which Kubernetes {{kubernetesVersion}} does not have (PodLifecycleSleepAction is off before 1.30): the API server drops it and then refuses the hook because it has no handler (must specify a handler type); use exec (e.g. ["sleep", "5"]) or target 1.30+',
      handlerMissing:
        '{{handler}} has no handler, so there is nothing to run and the API server refuses the object (must specify a handler type); add exactly one of {{choices}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const handler of handlerSites(site)) {
          if (handlerTypesOf(handler, context.kubernetesVersion).length > 0) continue;
          const droppedSleep =
            handler.isHook && isSet(handler.handler.sleep) && !sleepActionExists(context.kubernetesVersion);
          const choices = handler.isHook
            ? 'exec, httpGet or tcpSocket' + (droppedSleep ? '' : ' (or sleep on 1.30+)')
            : 'exec, httpGet, tcpSocket or grpc';
          context.report({
            resource,
            path: handler.path,
            ...(droppedSleep
              ? {
                  messageId: 'sleepActionUnavailable',
                  data: { handler: describeHandler(handler), kubernetesVersion: context.kubernetesVersion },
                }
              : { messageId: 'handlerMissing', data: { handler: describeHandler(handler), choices } }),
          });
        }
      },
    };
  },
});
