import { defineRule } from '../../engine/rule.js';
import { isBarePod, serverEvidence } from './utils/bare-pods.js';
import { podRestartPolicy } from './utils/restart-policy.js';

export default defineRule({
  meta: {
    id: 'restart/bare-pod-server-never',
    severity: 'warning',
    origin: 'pitfall',
    description: 'A bare Pod that serves traffic has restartPolicy Never or OnFailure.',
    fixable: false,
    source: 'Kubernetes docs, Pod lifecycle (restart policy) and Pods (workload resources)',
    messages: {
      barePodServerNever:
        'this Pod looks like a server ({{evidence}}), but with restartPolicy "{{value}}" {{stop}}, and as a bare Pod it is not recreated after node loss or eviction either; run it in a Deployment, or keep "{{value}}" only for run-to-completion work',
    },
  },
  create(context) {
    return {
      input(resources) {
        for (const resource of resources) {
          if (!isBarePod(resource)) continue;
          for (const site of resource.podSpecs) {
            const policy = podRestartPolicy(site);
            if (!policy || (policy.value !== 'Never' && policy.value !== 'OnFailure')) continue;
            const service = context.serviceIndex.selecting(resource, site)[0];
            const evidence = service ? `Service "${service.name ?? '?'}" sends traffic to it` : serverEvidence(site);
            if (!evidence) continue;
            const stop =
              policy.value === 'Never' ? 'a crash leaves it down for good' : 'a clean exit leaves it down for good';
            context.report({
              resource,
              path: policy.path,
              messageId: 'barePodServerNever',
              data: { evidence, value: policy.value, stop },
              ...(service
                ? {
                    related: [
                      { resource: service, path: ['spec', 'selector'], message: 'the Service that selects this Pod' },
                    ],
                  }
                : {}),
            });
          }
        }
      },
    };
  },
});
