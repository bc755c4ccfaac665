import { defineRule } from '../../engine/rule.js';
import { volumeMountsOf, VOLUME_MOUNTS_SOURCE } from './utils/mounts.js';
import { hasBacksteps } from '../../model/file-paths.js';

export default defineRule({
  meta: {
    id: 'volumes/mount-sub-path-invalid',
    severity: 'error',
    origin: 'api-error',
    description:
      'A volumeMount\'s subPath or subPathExpr must be a relative path without "..", and only one of them may be set.',
    fixable: true,
    containerFields: ['volumeMounts'],
    source: 'ValidateVolumeMounts, validateLocalDescendingPath (pkg/apis/core/validation)',
    sources: [
      { ...VOLUME_MOUNTS_SOURCE, type: 'Invalid', field: 'subPathExpr' },
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateLocalDescendingPath',
        type: 'Invalid',
      },
    ],
    messages: {
      path: "{{field}} {{value}} of a mount of {{owner}} {{reason}}, so the API server refuses the object; write the path relative to the volume's root{{hint}}",
      both: 'a mount of {{owner}} sets both subPath and subPathExpr; they are mutually exclusive, so the API server refuses the object; keep subPathExpr if the path uses $(VAR) references, subPath otherwise',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const mount of volumeMountsOf(site)) {
          for (const field of ['subPath', 'subPathExpr'] as const) {
            const value = mount.mount[field];
            if (typeof value !== 'string' || value === '') continue;
            const absolute = value.startsWith('/');
            const backsteps = hasBacksteps(value);
            if (!absolute && !backsteps) continue;
            const reason = [absolute ? 'is an absolute path' : '', backsteps ? "contains '..'" : '']
              .filter(Boolean)
              .join(' and ');
            const stripped = value.replace(/^\/+/, '');
            // The mount's own field is where the fix goes; the API server reports the list (no index).
            const fixed = absolute && !backsteps && stripped !== '' ? stripped : undefined;
            context.report({
              resource,
              path: [...mount.listPath, field],
              messageId: 'path',
              data: {
                field,
                value: JSON.stringify(value),
                owner: mount.owner,
                reason,
                hint: fixed ? ` (${JSON.stringify(fixed)})` : '',
              },
              ...(fixed
                ? {
                    fix: {
                      description: `Write ${fixed}`,
                      replaceValues: [{ path: [...mount.path, field], value: fixed }],
                    },
                  }
                : {}),
            });
          }
          if (
            typeof mount.mount.subPath === 'string' &&
            mount.mount.subPath !== '' &&
            typeof mount.mount.subPathExpr === 'string' &&
            mount.mount.subPathExpr !== ''
          ) {
            context.report({
              resource,
              path: [...mount.path, 'subPathExpr'],
              messageId: 'both',
              data: { owner: mount.owner },
            });
          }
        }
      },
    };
  },
});
