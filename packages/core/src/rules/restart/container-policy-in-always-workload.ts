import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { templateOwner } from '../../model/workloads.js';

export default defineRule({
  meta: {
    id: 'restart/container-policy-in-always-workload',
    severity: 'warning',
    origin: 'pitfall',
    description:
      'A container of a Deployment-like workload sets restartPolicy OnFailure or Never, so it can stop for good while its pod lives on.',
    fixable: false,
    containerFields: ['restartPolicy'],
    versions: { since: '1.35' },
    source: 'Kubernetes docs, Pod lifecycle (container restart policy)',
    messages: {
      containerPolicyInAlwaysWorkload:
        '{{container}} has restartPolicy "{{policy}}", so once it exits{{outcome}} it stays stopped while the pod keeps running (not Ready), and the {{kind}} never replaces the pod; remove the container restartPolicy, or run this work in a Job',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        if (templateOwner(site, resource) !== 'always') return;
        for (const container of containersOf(site, ['containers'])) {
          const policy = container.container.restartPolicy;
          if (policy !== 'Never' && policy !== 'OnFailure') continue;
          context.report({
            resource,
            path: [...container.path, 'restartPolicy'],
            messageId: 'containerPolicyInAlwaysWorkload',
            data: {
              container: describeContainer(container),
              policy,
              outcome: policy === 'OnFailure' ? ' successfully' : '',
              kind: resource.kind,
            },
          });
        }
      },
    };
  },
});
