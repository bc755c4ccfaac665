import { defineRule } from '../../engine/rule.js';
import { asObject } from '../../model/values.js';
import { volumeMountsOf } from './utils/mounts.js';

export default defineRule({
  meta: {
    id: 'volumes/mount-propagation-unprivileged',
    severity: 'error',
    origin: 'api-error',
    description: 'Bidirectional mount propagation is only allowed in privileged containers.',
    fixable: false,
    containerFields: ['volumeMounts'],
    source: 'validateMountPropagation (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateMountPropagation',
        type: 'Forbidden',
      },
    ],
    messages: {
      unprivileged:
        'a mount of {{owner}} uses mountPropagation Bidirectional, but the container is not privileged, so the API server refuses the object; use HostToContainer, or make the container privileged if it really must mount into the host',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const mount of volumeMountsOf(site)) {
          if (mount.mount.mountPropagation !== 'Bidirectional') continue;
          if (asObject(mount.container.container.securityContext)?.privileged === true) continue;
          context.report({
            resource,
            path: [...mount.listPath, 'mountPropagation'],
            messageId: 'unprivileged',
            data: { owner: mount.owner },
          });
        }
      },
    };
  },
});
