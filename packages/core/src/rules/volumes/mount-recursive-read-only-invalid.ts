import { defineRule } from '../../engine/rule.js';
import { preview } from '../../model/values.js';
import { volumeMountsOf } from './utils/mounts.js';

const MODES = ['Disabled', 'Enabled', 'IfPossible'];

export default defineRule({
  meta: {
    id: 'volumes/mount-recursive-read-only-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'recursiveReadOnly must be Disabled, Enabled or IfPossible; Enabled and IfPossible need readOnly: true and no mount propagation.',
    fixable: true,
    containerFields: ['volumeMounts'],
    versions: { since: '1.31' },
    source: 'validateMountRecursiveReadOnly (pkg/apis/core/validation)',
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateMountRecursiveReadOnly',
        type: 'Forbidden',
      },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateMountRecursiveReadOnly',
        type: 'NotSupported',
      },
    ],
    messages: {
      unsupported:
        'a mount of {{owner}} sets recursiveReadOnly {{value}}, which is not a mode: the API server refuses the object (supported values: "Disabled", "Enabled", "IfPossible"){{advice}}',
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
          const path = [...mount.listPath, 'recursiveReadOnly'];
          if (typeof value === 'string' && !MODES.includes(value)) {
            const fixed = MODES.find((mode) => mode.toLowerCase() === value.toLowerCase());
            context.report({
              resource,
              path,
              messageId: 'unsupported',
              data: { owner: mount.owner, value: preview(value), advice: fixed ? `; write ${fixed}` : '' },
              // The API server's path has no index; the fix edits the mount that is written.
              ...(fixed
                ? {
                    fix: {
                      description: `Write ${fixed}`,
                      replaceValues: [{ path: [...mount.path, 'recursiveReadOnly'], value: fixed }],
                    },
                  }
                : {}),
            });
            continue;
          }
          if (value !== 'Enabled' && value !== 'IfPossible') continue;
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
