import { defineRule } from '../../engine/rule.js';
import { volumeMountsOf } from './utils/mounts.js';

export default defineRule({
  meta: {
    id: 'volumes/mount-recursive-read-only-invalid',
    severity: 'error',
    origin: 'api-error',
    description: 'recursiveReadOnly Enabled or IfPossible needs readOnly: true and no mount propagation.',
    fixable: false,
    versions: { since: '1.31' },
    source: 'validateMountRecursiveReadOnly (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateMountRecursiveReadOnly',
        type: 'Forbidden',
      },
    ],
    messages: {
      notReadOnly:
        'a mount of {{owner}} sets recursiveReadOnly {{value}} but is not readOnly, so the API server refuses the object; add readOnly: true, or remove recursiveReadOnly',
      propagation:
        'a mount of {{owner}} sets recursiveReadOnly {{value}} with mountPropagation {{propagation}}, which the API server refuses; recursive read-only mounts cannot propagate mounts',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const mount of volumeMountsOf(site)) {
          const value = mount.mount.recursiveReadOnly;
          if (value !== 'Enabled' && value !== 'IfPossible') continue;
          const path = [...mount.listPath, 'recursiveReadOnly'];
          const data = { owner: mount.owner, value };
          if (mount.mount.readOnly !== true) context.report({ resource, path, messageId: 'notReadOnly', data });
          const propagation = mount.mount.mountPropagation;
          if (typeof propagation === 'string' && propagation !== 'None' && propagation !== '')
            context.report({ resource, path, messageId: 'propagation', data: { ...data, propagation } });
        }
      },
    };
  },
});
