import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { volumeMountsOf } from './utils/mounts.js';

export default defineRule({
  meta: {
    id: 'volumes/mount-propagation-unprivileged',
    severity: 'error',
    origin: 'api-error',
    description: 'Bidirectional mount propagation is only allowed in privileged containers.',
    help: [
      'With `mountPropagation: Bidirectional`, mounts the container makes inside the volume propagate back to the host and to other pods: a storage driver\'s job, and a way to change the node. The API server therefore allows it only in a container with `securityContext.privileged: true` (`Bidirectional mount propagation is available only to privileged containers`), reported at `volumeMounts.mountPropagation` without the mount\'s index. To only see mounts made on the host, use `HostToContainer`.',
      '',
      'Bad:',
      '```yaml',
      'volumeMounts:',
      '  - {name: kubelet, mountPath: /var/lib/kubelet, mountPropagation: Bidirectional}',
      '```',
      'Good:',
      '```yaml',
      'volumeMounts:',
      '  - {name: kubelet, mountPath: /var/lib/kubelet, mountPropagation: HostToContainer}',
      '```',
    ].join('\n'),
    fixable: false,
    source: 'validateMountPropagation (pkg/apis/core/validation)',
    sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateMountPropagation', type: 'Forbidden' }],
    messages: {
      unprivileged: 'a mount of {{owner}} uses mountPropagation Bidirectional, but the container is not privileged, so the API server refuses the object; use HostToContainer, or make the container privileged if it really must mount into the host',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const mount of volumeMountsOf(site)) {
          if (mount.mount.mountPropagation !== 'Bidirectional') continue;
          if (asObject(mount.container.container.securityContext)?.privileged === true) continue;
          context.report({ resource, path: [...mount.listPath, 'mountPropagation'], messageId: 'unprivileged', data: { owner: mount.owner } });
        }
      },
    };
  },
});
