import { defineRule } from '../../engine/rule.js';
import { containersOf, describeContainer } from '../../model/containers.js';
import { asObject } from '../../model/values.js';

const SOURCE = { package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateWindowsHostProcessPod' };

function hostProcessOf(securityContext: unknown): boolean | undefined {
  const value = asObject(asObject(securityContext)?.windowsOptions)?.hostProcess;
  return typeof value === 'boolean' ? value : undefined;
}

export default defineRule({
  meta: {
    id: 'security/host-process-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A Windows HostProcess pod needs hostNetwork, every container a HostProcess container, and the same hostProcess value on the pod and its containers.',
    fixable: false,
    containerFields: ['securityContext'],
    podSpecFields: ['securityContext'],
    sources: [{ ...SOURCE, type: 'Invalid' }],
    messages: {
      mismatch:
        "{{container}} sets windowsOptions.hostProcess: {{value}} but the pod sets {{podValue}}; the API server refuses a pod whose values differ; remove the container's value, or make them equal",
      notAll:
        'the pod mixes HostProcess and other containers ({{others}} is not one); the API server refuses it: all containers of a HostProcess pod must be HostProcess containers; set windowsOptions.hostProcess: true on the pod',
      hostNetwork:
        'the pod has HostProcess containers but not hostNetwork: true, which the API server requires of them; set hostNetwork: true',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        const podValue = hostProcessOf(site.spec.securityContext);
        const containers = containersOf(site);
        const others: string[] = [];
        let hostProcessCount = 0;
        for (const container of containers) {
          const value = hostProcessOf(container.container.securityContext);
          if (podValue !== undefined && value !== undefined && value !== podValue)
            context.report({
              resource,
              path: [...container.path, 'securityContext', 'windowsOptions', 'hostProcess'],
              messageId: 'mismatch',
              data: { container: describeContainer(container), value, podValue },
            });
          if (value === true || (value === undefined && podValue === true)) hostProcessCount++;
          else others.push(describeContainer(container));
        }
        if (hostProcessCount === 0) return;
        if (others.length > 0)
          context.report({ resource, path: site.path, messageId: 'notAll', data: { others: others.join(', ') } });
        if (site.spec.hostNetwork !== true)
          context.report({ resource, path: [...site.path, 'hostNetwork'], messageId: 'hostNetwork' });
      },
    };
  },
});
