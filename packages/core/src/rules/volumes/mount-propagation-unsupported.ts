import { defineRule } from '../../engine/rule.js';
import { preview, quoteList } from '../../model/values.js';
import { volumeMountsOf } from './utils/mounts.js';

const MODES = ['Bidirectional', 'HostToContainer', 'None'];

export default defineRule({
  meta: {
    id: 'volumes/mount-propagation-unsupported',
    severity: 'error',
    origin: 'api-error',
    description: "A volumeMount's mountPropagation must be exactly None, HostToContainer or Bidirectional.",
    fixable: true,
    containerFields: ['volumeMounts'],
    reportsSchemaProblems: [{ problems: ['enum'], field: 'core.v1.VolumeMount.mountPropagation' }],
    sources: [
      {
        package: 'k8s.io/kubernetes/pkg/apis/core/validation',
        function: 'validateMountPropagation',
        type: 'NotSupported',
      },
    ],
    messages: {
      unsupported:
        'a mount of {{owner}} sets mountPropagation {{value}}, which is not a mode: the API server refuses the object (supported values: {{allowed}}){{advice}}',
    },
  },
  create(context) {
    return {
      podSpec(site, resource) {
        for (const mount of volumeMountsOf(site)) {
          const value = mount.mount.mountPropagation;
          if (typeof value !== 'string' || MODES.includes(value)) continue;
          const fixed = MODES.find((mode) => mode.toLowerCase() === value.toLowerCase());
          context.report({
            resource,
            path: [...mount.listPath, 'mountPropagation'],
            messageId: 'unsupported',
            data: {
              owner: mount.owner,
              value: preview(value),
              allowed: quoteList(MODES),
              advice: fixed ? `; write ${fixed}` : '',
            },
            ...(fixed
              ? {
                  fix: {
                    description: `Write ${fixed}`,
                    replaceValues: [{ path: [...mount.path, 'mountPropagation'], value: fixed }],
                  },
                }
              : {}),
          });
        }
      },
    };
  },
});
